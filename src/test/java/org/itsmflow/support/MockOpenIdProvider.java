package org.itsmflow.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An OpenID Connect provider in the test JVM (JDK HTTP server, tokens signed with nimbus-jose as
 * Spring Security checks them): discovery, keys, the authorization code flow for the person the
 * test says is signing in, the token endpoint and the sign-out endpoint. No consent page: the
 * authorization endpoint answers with the code at once.
 */
public final class MockOpenIdProvider implements AutoCloseable {

  /** Who signs in next at the authorization endpoint. */
  public record Person(String username, String givenName, String familyName, String email, List<String> groups) {}

  private record Grant(Person person, String nonce, String clientId) {}

  private final HttpServer server;
  private final RSAKey key;
  private final String clientId;
  private final String clientSecret;
  private final Map<String, Grant> codes = new ConcurrentHashMap<>();
  private volatile Person next;
  private volatile String lastSignOutHint;

  private MockOpenIdProvider(String clientId, String clientSecret) throws IOException, JOSEException {
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.key = new RSAKeyGenerator(2048).keyID("test-key").generate();
    this.server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
    server.createContext("/.well-known/openid-configuration", this::discovery);
    server.createContext("/jwks", exchange -> send(exchange, 200, "application/json",
        new JWKSet(key.toPublicJWK()).toString()));
    server.createContext("/authorize", this::authorize);
    server.createContext("/token", this::token);
    server.createContext("/logout", this::logout);
    server.start();
  }

  public static MockOpenIdProvider start(String clientId, String clientSecret) throws IOException, JOSEException {
    return new MockOpenIdProvider(clientId, clientSecret);
  }

  public String issuer() {
    return "http://localhost:" + server.getAddress().getPort();
  }

  public void signsInNext(Person person) {
    this.next = person;
  }

  /** The id_token_hint of the last sign-out at the provider, or null. */
  public String lastSignOutHint() {
    return lastSignOutHint;
  }

  /** An access token for an API client, valid for the given time (negative: already expired). */
  public String accessToken(Person person, Duration validFor) throws JOSEException {
    return sign(key, claims(person, validFor).build());
  }

  /** A token that looks like this provider's but is signed with another key. */
  public String forgedToken(Person person) throws JOSEException {
    RSAKey other = new RSAKeyGenerator(2048).keyID("test-key").generate();
    return sign(other, claims(person, Duration.ofMinutes(5)).build());
  }

  private JWTClaimsSet.Builder claims(Person person, Duration validFor) {
    Instant now = Instant.now();
    return new JWTClaimsSet.Builder().issuer(issuer()).subject("sub-" + person.username()).audience(clientId)
        .issueTime(Date.from(now.minusSeconds(5))).expirationTime(Date.from(now.plus(validFor)))
        .claim("preferred_username", person.username()).claim("given_name", person.givenName())
        .claim("family_name", person.familyName()).claim("email", person.email()).claim("groups", person.groups());
  }

  private static String sign(RSAKey with, JWTClaimsSet claims) throws JOSEException {
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(with.getKeyID()).build(), claims);
    jwt.sign(new RSASSASigner(with));
    return jwt.serialize();
  }

  private void discovery(HttpExchange exchange) throws IOException {
    String issuer = issuer();
    send(exchange, 200, "application/json", """
        {"issuer": "%1$s", "authorization_endpoint": "%1$s/authorize", "token_endpoint": "%1$s/token",
         "jwks_uri": "%1$s/jwks", "end_session_endpoint": "%1$s/logout", "response_types_supported": ["code"],
         "subject_types_supported": ["public"], "id_token_signing_alg_values_supported": ["RS256"],
         "scopes_supported": ["openid", "profile", "email"], "grant_types_supported": ["authorization_code"],
         "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post"]}
        """.formatted(issuer));
  }

  private void authorize(HttpExchange exchange) throws IOException {
    Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
    Person person = next;
    if (person == null || !clientId.equals(query.get("client_id"))) {
      send(exchange, 400, "text/plain", "nobody to sign in, or an unknown client");
      return;
    }
    String code = UUID.randomUUID().toString();
    codes.put(code, new Grant(person, query.get("nonce"), query.get("client_id")));
    redirect(exchange, query.get("redirect_uri") + "?code=" + code + "&state="
        + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8));
  }

  private void token(HttpExchange exchange) throws IOException {
    Map<String, String> body = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    String basic = exchange.getRequestHeaders().getFirst("Authorization");
    String expected = "Basic " + java.util.Base64.getEncoder().encodeToString(
        (clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
    boolean clientOk = expected.equals(basic)
        || (clientId.equals(body.get("client_id")) && clientSecret.equals(body.get("client_secret")));
    Grant grant = codes.remove(body.getOrDefault("code", ""));
    if (!clientOk || grant == null || !"authorization_code".equals(body.get("grant_type"))) {
      send(exchange, 400, "application/json", "{\"error\": \"invalid_grant\"}");
      return;
    }
    try {
      JWTClaimsSet.Builder id = claims(grant.person(), Duration.ofMinutes(5));
      if (grant.nonce() != null) {
        id.claim("nonce", grant.nonce());
      }
      send(exchange, 200, "application/json", """
          {"access_token": "%s", "id_token": "%s", "token_type": "Bearer", "expires_in": 300, "scope": "openid profile email"}
          """.formatted(sign(key, claims(grant.person(), Duration.ofMinutes(5)).build()), sign(key, id.build())));
    } catch (JOSEException e) {
      throw new IOException(e);
    }
  }

  private void logout(HttpExchange exchange) throws IOException {
    Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
    lastSignOutHint = query.get("id_token_hint");
    redirect(exchange, query.getOrDefault("post_logout_redirect_uri", issuer()));
  }

  private static Map<String, String> form(String raw) {
    Map<String, String> values = new HashMap<>();
    if (raw == null) {
      return values;
    }
    for (String pair : raw.split("&")) {
      int equals = pair.indexOf('=');
      if (equals > 0) {
        values.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
      }
    }
    return values;
  }

  private static void redirect(HttpExchange exchange, String location) throws IOException {
    exchange.getResponseHeaders().add("Location", location);
    exchange.sendResponseHeaders(302, -1);
    exchange.close();
  }

  private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
