package org.itsmflow.security.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.itsmflow.security.AdminAccount;
import org.itsmflow.support.BrowserScript;
import org.itsmflow.support.ForkedApplication;
import org.itsmflow.support.MockOpenIdProvider;
import org.itsmflow.support.MockOpenIdProvider.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Single sign-on against an OpenID Connect provider in the test JVM: a person signs in at the
 * provider from our sign-in page, becomes an engine user with the ITSM Flow groups its groups claim
 * maps to, works in the workspace and Tasklist, signs out here and at the provider; API clients
 * send bearer tokens, and expired or wrongly signed ones are refused.
 */
class OidcIT {

  private static final String ADMIN_PASSWORD = "Oidc-Test-Pass-42";
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Person ERIN = new Person("erin", "Erin", "Park", "erin@example.org", List.of("itsm-desk"));

  @TempDir Path dataDir;

  private MockOpenIdProvider provider;
  private ForkedApplication app;

  @BeforeEach
  void start() throws Exception {
    provider = MockOpenIdProvider.start("itsm-flow", "Client-Secret-99");
    Map<String, String> environment = new HashMap<>();
    environment.put("ITSM_DATA_DIR", dataDir.toString());
    environment.put("ITSM_ADMIN_PASSWORD", ADMIN_PASSWORD);
    environment.put("ITSM_OIDC_ISSUER_URI", provider.issuer());
    environment.put("ITSM_OIDC_CLIENT_ID", "itsm-flow");
    environment.put("ITSM_OIDC_CLIENT_SECRET", "Client-Secret-99");
    environment.put("ITSM_OIDC_NAME", "Example SSO");
    environment.put("ITSM_OIDC_AUDIENCE", "itsm-flow");
    environment.put("ITSM_OIDC_GROUP_MAPPING", Path.of("src/test/resources/oidc/groups.properties")
        .toAbsolutePath().toString());
    // The log stays after the run, for a failure's cause.
    Path log = Path.of("target", "oidc-it.log");
    Files.deleteIfExists(log);
    app = ForkedApplication.start(environment, log);
  }

  @AfterEach
  void stop() throws Exception {
    if (app != null) {
      app.close();
    }
    if (provider != null) {
      provider.close();
    }
  }

  @Test
  void peopleSignInAtTheProviderAndApiClientsSendItsTokens() throws Exception {
    assertThat(app.send("PUT", "/api/services/SSO", AdminAccount.USER_ID, ADMIN_PASSWORD, """
        {"name": "SSO test", "ownerGroup": "service-owners", "criticality": 2, "status": "live", "calendarId": "24x7"}
        """).statusCode()).isBetween(200, 201);

    // The sign-in page offers the provider; Erin signs in there and lands in the workspace.
    Browser browser = new Browser();
    HttpResponse<String> signInPage = browser.get(app.uri("/login"));
    assertThat(signInPage.body()).contains("Sign in with", "Example SSO", "/oauth2/authorization/oidc");
    provider.signsInNext(ERIN);
    HttpResponse<String> landed = browser.follow(app.uri("/oauth2/authorization/oidc"));
    assertThat(landed.uri().getPath()).isEqualTo("/incidents");
    assertThat(landed.statusCode()).isEqualTo(200);
    // She is an engine user now, in the group her claim maps to.
    assertThat(ids(app.send("GET", "/engine-rest/group?member=erin", AdminAccount.USER_ID, ADMIN_PASSWORD, null)))
        .containsExactly("service-desk");
    JsonNode profile = JSON.readTree(app.send("GET", "/engine-rest/user/erin/profile", AdminAccount.USER_ID,
        ADMIN_PASSWORD, null).body());
    assertThat(profile.path("email").asText()).isEqualTo("erin@example.org");
    // Tasklist takes the same sign-in.
    browser.get(app.uri("/camunda/app/tasklist/default/"));
    HttpResponse<String> who = browser.getJson(app.uri("/camunda/api/admin/auth/user/default"));
    assertThat(JSON.readTree(who.body()).path("userId").asText()).as(who.body()).isEqualTo("erin");

    // Signing out ends the session here and at the provider, and comes back to the sign-in page.
    String csrf = csrf(landed.body());
    HttpResponse<String> signedOut = browser.followPost(app.uri("/logout"), "_csrf=" + URLEncoder.encode(csrf,
        StandardCharsets.UTF_8));
    assertThat(signedOut.uri().getPath()).isEqualTo("/login");
    assertThat(signedOut.uri().getQuery()).isEqualTo("signed-out");
    assertThat(provider.lastSignOutHint()).isNotBlank();
    assertThat(browser.get(app.uri("/incidents")).statusCode()).isEqualTo(302);

    // API clients: the provider's bearer token instead of a password.
    Person frank = new Person("frank", "Frank", "Ode", "frank@example.org", List.of("/itsm-desk"));
    HttpResponse<String> created = bearer("POST", "/api/incidents", provider.accessToken(frank, Duration.ofMinutes(5)),
        """
        {"title": "Badge reader", "description": "Door 2", "serviceCode": "SSO", "impact": 3, "urgency": 3}
        """);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(JSON.readTree(created.body()).path("workLog").get(0).path("by").asText()).isEqualTo("frank");
    assertThat(bearer("GET", "/api/incidents", provider.accessToken(frank, Duration.ofSeconds(-60)), null)
        .statusCode()).as("expired").isEqualTo(401);
    assertThat(bearer("GET", "/api/incidents", provider.forgedToken(frank), null).statusCode()).as("wrongly signed")
        .isEqualTo(401);
    // A person of the provider named like a built-in account does not become it.
    Person squatter = new Person("admin", "Not", "Admin", "x@example.org", List.of("itsm-desk"));
    assertThat(bearer("GET", "/api/incidents", provider.accessToken(squatter, Duration.ofMinutes(5)), null)
        .statusCode()).isEqualTo(401);
    assertThat(ids(app.send("GET", "/engine-rest/group?member=admin", AdminAccount.USER_ID, ADMIN_PASSWORD, null)))
        .contains("camunda-admin").doesNotContain("service-desk");
    Person gina = new Person("gina", "Gina", "Ray", "gina@example.org", List.of("canteen"));
    assertThat(bearer("GET", "/api/incidents", provider.accessToken(gina, Duration.ofMinutes(5)), null).statusCode())
        .as("in no mapped group: a requester").isEqualTo(403);

    // The provider takes Erin out of the group: at her next sign-in she is a requester.
    provider.signsInNext(new Person("erin", "Erin", "Park", "erin@example.org", List.of()));
    HttpResponse<String> again = new Browser().follow(app.uri("/oauth2/authorization/oidc"));
    assertThat(again.uri().getPath()).isEqualTo("/portal");
    assertThat(ids(app.send("GET", "/engine-rest/group?member=erin", AdminAccount.USER_ID, ADMIN_PASSWORD, null)))
        .isEmpty();
  }

  /** The same as a person does it in Chromium (playwright-core; screenshots in target/browser). */
  @Test
  @EnabledIfEnvironmentVariable(named = "ITSM_BROWSER_TESTS", matches = "true")
  void aPersonSignsInWithTheProviderInTheBrowser() throws Exception {
    Path screenshots = Files.createDirectories(Path.of("target/browser"));
    provider.signsInNext(ERIN);
    String output = BrowserScript.run(screenshots, "src/test/browser/sso.js", app.uri("").toString(), "Example SSO",
        screenshots.toString());
    assertThat(output).contains("ok - the sign-in page offers the provider", "ok - back in Tasklist after the provider",
        "ok - the workspace shows who is signed in", "ok - signed out here and at the provider");
  }

  private HttpResponse<String> bearer(String method, String path, String token, String json) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(app.uri(path)).header("Authorization", "Bearer " + token);
    if (json == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String csrf(String page) {
    Matcher matcher = CSRF.matcher(page);
    assertThat(matcher.find()).as("a form with a CSRF token").isTrue();
    return matcher.group(1);
  }

  private static List<String> ids(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return java.util.stream.StreamSupport.stream(JSON.readTree(response.body()).spliterator(), false)
        .map(row -> row.path("id").asText()).toList();
  }

  /** A browser: cookies kept, redirects followed one by one across the application and the provider. */
  private static final class Browser {

    private final HttpClient http = HttpClient.newBuilder()
        .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
        .followRedirects(HttpClient.Redirect.NEVER).build();

    HttpResponse<String> get(URI uri) throws Exception {
      return http.send(HttpRequest.newBuilder(uri).header("Accept", "text/html").GET().build(),
          HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> getJson(URI uri) throws Exception {
      return http.send(HttpRequest.newBuilder(uri).header("Accept", "application/json").GET().build(),
          HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> follow(URI start) throws Exception {
      return follow(get(start));
    }

    HttpResponse<String> followPost(URI uri, String form) throws Exception {
      return follow(http.send(HttpRequest.newBuilder(uri).header("Accept", "text/html")
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString()));
    }

    private HttpResponse<String> follow(HttpResponse<String> response) throws Exception {
      for (int hops = 0; hops < 10 && response.statusCode() / 100 == 3; hops++) {
        URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
        response = get(next);
      }
      return response;
    }
  }
}
