package org.itsmflow.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.itsmflow.ItsmFlowApplication;

/**
 * The application in a JVM of its own, started as {@code java -jar} would start it, for the
 * tests that kill it ({@code kill -9}: {@link Process#destroyForcibly()} sends SIGKILL).
 */
public final class ForkedApplication implements AutoCloseable {

  private final Process process;
  private final int port;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private ForkedApplication(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /** Starts it and waits until its readiness probe says UP. */
  public static ForkedApplication start(Map<String, String> environment, Path log, String... arguments)
      throws IOException, InterruptedException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx384m", "-cp", System.getProperty("java.class.path"), ItsmFlowApplication.class.getName(),
        "--server.port=" + port));
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().putAll(environment);
    ForkedApplication app = new ForkedApplication(builder.start(), port);
    app.awaitReady(Duration.ofSeconds(120), log);
    return app;
  }

  private void awaitReady(Duration timeout, Path log) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The application exited with " + process.exitValue() + "; see " + log);
      }
      try {
        HttpResponse<String> ready = http.send(HttpRequest.newBuilder(uri("/actuator/health/readiness")).build(),
            HttpResponse.BodyHandlers.ofString());
        if (ready.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // Not listening yet.
      }
      // Waits on the process: returns at once if it exits, else after a quarter of a second.
      process.waitFor(250, TimeUnit.MILLISECONDS);
    }
    process.destroyForcibly();
    throw new IllegalStateException("The application did not become ready within " + timeout + "; see " + log);
  }

  /**
   * SIGTERM, as {@code docker stop} or systemd sends it: the application shuts down gracefully.
   * @return its exit code, once it has exited
   */
  public int terminate(Duration timeout) throws InterruptedException {
    process.destroy();
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      kill();
      throw new IllegalStateException("The application did not stop within " + timeout + " of SIGTERM");
    }
    return process.exitValue();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** kill -9: no shutdown hook, no flush. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  public HttpResponse<String> send(String method, String path, String user, String password, String json)
      throws IOException, InterruptedException {
    String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
        .header("Authorization", "Basic " + credentials);
    if (json == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  public URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        kill();
      }
    }
  }
}
