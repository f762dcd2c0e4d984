package org.itsmflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

class ConfigurationFailureAnalyzerTest {

  @Test
  void aConfigurationThatCannotWorkIsReportedAsASentenceAndAnAction() {
    InvalidConfigurationException cause = new InvalidConfigurationException(
        "ITSM_ADMIN_PASSWORD does not meet the password policy: it needs a digit", "Set ITSM_ADMIN_PASSWORD: ...");

    FailureAnalysis analysis = new ConfigurationFailureAnalyzer()
        .analyze(new IllegalStateException("Failed to execute ApplicationRunner", cause));

    assertThat(analysis.getDescription()).isEqualTo("ITSM_ADMIN_PASSWORD does not meet the password policy: it needs a digit");
    assertThat(analysis.getAction()).isEqualTo("Set ITSM_ADMIN_PASSWORD: ...");
  }
}
