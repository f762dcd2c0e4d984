package org.itsmflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a playwright-core script from src/test/browser with node; fails with its output. */
public final class BrowserScript {

  private BrowserScript() {}

  public static String run(Path screenshots, String script, String... arguments) throws Exception {
    List<String> command = new ArrayList<>(List.of("node", script));
    command.addAll(List.of(arguments));
    Process browser = new ProcessBuilder(command).redirectErrorStream(true).start();
    boolean finished = browser.waitFor(4, TimeUnit.MINUTES);
    String output = new String(browser.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!finished) {
      browser.destroyForcibly();
    }
    assertThat(finished).as(output).isTrue();
    assertThat(browser.exitValue()).as(output + " (screenshots in " + screenshots + ")").isZero();
    return output;
  }
}
