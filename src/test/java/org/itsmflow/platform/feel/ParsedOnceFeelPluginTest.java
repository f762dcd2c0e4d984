package org.itsmflow.platform.feel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.itsmflow.support.ApplicationTest;
import org.junit.jupiter.api.Test;

/** The engine's decision tables evaluate with the FEEL engine that parses once, and keep what they parsed. */
class ParsedOnceFeelPluginTest extends ApplicationTest {

  @Test
  void decisionTablesUseTheParsedOnceEngine() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    Object feel = configuration.getDmnEngineConfiguration().getFeelEngine();

    assertThat(feel).isInstanceOf(ParsedOnceScalaFeelEngine.class);
    engine.getDecisionService().evaluateDecisionTableByKey("incident-priority")
        .variables(Map.of("impact", 2, "urgency", 2)).evaluate();
    assertThat(((ParsedOnceScalaFeelEngine) feel).parser().cachedTexts()).isPositive();
  }
}
