package org.itsmflow.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.itsmflow.ItsmFlowApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the application the way {@code java -jar} does, for the tests that restart it or run
 * it on another database. Such tests are named {@code *IT} and run by Failsafe in a JVM of
 * their own: closing a Camunda Spring Boot application clears Camunda's static engine registry,
 * which would take the engine away from the shared test context.
 */
public final class StandaloneApplication implements AutoCloseable {

  private final ConfigurableApplicationContext context;

  private StandaloneApplication(ConfigurableApplicationContext context) {
    this.context = context;
  }

  public static StandaloneApplication start(String engineName, Map<String, Object> properties, String... profiles) {
    Map<String, Object> all = new HashMap<>();
    all.put("server.port", "0");
    all.put("camunda.bpm.process-engine-name", engineName);
    all.put("camunda.bpm.job-execution.enabled", "false");
    all.putAll(properties);
    // As command-line arguments: they override application.yaml, as environment variables do.
    String[] arguments = all.entrySet().stream()
        .map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
        .toArray(String[]::new);
    return new StandaloneApplication(new SpringApplicationBuilder(ItsmFlowApplication.class)
        .profiles(profiles)
        .run(arguments));
  }

  public <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  public int port() {
    return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
  }

  /** GET with HTTP Basic; returns the status code. */
  public int get(String path, String user, String password) throws Exception {
    String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port() + path))
        .header("Authorization", "Basic " + credentials)
        .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  /** POST of a JSON body with HTTP Basic; returns the response body, failing on any status but 2xx. */
  public String postJson(String path, String user, String password, String json) throws Exception {
    return sendJson("POST", path, user, password, json);
  }

  /** PUT of a JSON body with HTTP Basic; returns the response body, failing on any status but 2xx. */
  public String putJson(String path, String user, String password, String json) throws Exception {
    return sendJson("PUT", path, user, password, json);
  }

  private String sendJson(String method, String path, String user, String password, String json) throws Exception {
    String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port() + path))
        .header("Authorization", "Basic " + credentials)
        .header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(json))
        .build();
    HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  @Override
  public void close() {
    context.close();
  }
}
