package org.itsmflow.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's session with the workspace over plain HTTP: cookies kept, redirects not followed
 * (the tests look at them), and each form sent with the CSRF token of the page it came from, as a
 * browser would.
 */
public final class WorkspaceSession {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final String base;
  private final HttpClient http;
  private final CookieManager cookies = new CookieManager();
  private String csrf;

  private WorkspaceSession(String base) {
    this.base = base;
    this.http = HttpClient.newBuilder().cookieHandler(cookies)
        .followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /** A session nobody has signed in to yet. */
  public static WorkspaceSession anonymous(String base) {
    return new WorkspaceSession(base);
  }

  /** Signs in on the sign-in page, as a person would; fails unless it lands on the workspace. */
  public static WorkspaceSession signIn(String base, String user, String password) {
    WorkspaceSession session = new WorkspaceSession(base);
    HttpResponse<String> answer = session.signInAs(user, password);
    if (answer.statusCode() != 302 || answer.headers().firstValue("Location").orElse("").contains("error")) {
      throw new IllegalStateException("sign-in as " + user + " failed: " + answer.statusCode() + " "
          + answer.headers().firstValue("Location").orElse(""));
    }
    return session;
  }

  public HttpResponse<String> signInAs(String user, String password) {
    get("/login");
    return post("/login", Map.of("username", user, "password", password));
  }

  public HttpResponse<String> get(String path) {
    HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(base + path)).GET()
        .header("Accept", "text/html").build());
    Matcher token = CSRF.matcher(answer.body());
    if (token.find()) {
      csrf = token.group(1);
    }
    return answer;
  }

  /** A data request as the webapps send it (JSON). */
  public HttpResponse<String> getJson(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET().header("Accept", "application/json").build());
  }

  /** Sends a form with the CSRF token of the last page read. */
  public HttpResponse<String> post(String path, Map<String, String> form) {
    Map<String, String> fields = new LinkedHashMap<>(form);
    if (csrf != null) {
      fields.putIfAbsent("_csrf", csrf);
    }
    return postRaw(path, fields);
  }

  /**
   * Sends a file form (multipart) as the pages do: the CSRF token in the address, since the
   * security checks run before the parts are read.
   */
  public HttpResponse<String> postFile(String path, Map<String, String> fields, String fileName, String type,
      byte[] content) {
    String boundary = "----itsm" + System.nanoTime();
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    StringBuilder head = new StringBuilder();
    fields.forEach((name, value) -> head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
        .append(name).append("\"\r\n\r\n").append(value).append("\r\n"));
    head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
        .append(fileName).append("\"\r\nContent-Type: ").append(type).append("\r\n\r\n");
    body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    String address = base + path + (csrf == null ? "" : (path.contains("?") ? "&" : "?") + "_csrf=" + encode(csrf));
    return send(HttpRequest.newBuilder(URI.create(address))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", "text/html")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
  }

  /** Sends a form exactly as given (no CSRF token added). */
  public HttpResponse<String> postRaw(String path, Map<String, String> form) {
    String body = form.entrySet().stream()
        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
    return send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  /** Follows a redirect answer (a form's result) to the page it names. */
  public HttpResponse<String> follow(HttpResponse<String> redirect) {
    String location = redirect.headers().firstValue("Location")
        .orElseThrow(() -> new IllegalStateException("not a redirect: " + redirect.statusCode()));
    return get(location.startsWith("http") ? URI.create(location).getRawPath()
        + (URI.create(location).getRawQuery() == null ? "" : "?" + URI.create(location).getRawQuery()) : location);
  }

  /** A request of the webapps' own (JSON, with Camunda's XSRF header where it has one). */
  public HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The time zone the browser reports (the pages' script sets this cookie). */
  public WorkspaceSession inZone(String zone) {
    HttpCookie cookie = new HttpCookie("itsm-tz", zone.replace("/", "%2F"));
    cookie.setPath("/");
    cookies.getCookieStore().add(URI.create(base), cookie);
    return this;
  }

  public String base() {
    return base;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
