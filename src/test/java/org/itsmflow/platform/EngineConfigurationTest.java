package org.itsmflow.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.itsmflow.support.ApplicationTest;
import org.junit.jupiter.api.Test;

/** The engine settings the README promises: audit history, authorization, retention, no Java serialization. */
class EngineConfigurationTest extends ApplicationTest {

  @Test
  void engineKeepsFullHistoryWithRetentionAndChecksAuthorizations() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

    assertThat(configuration.getHistoryLevel()).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL);
    assertThat(configuration.isAuthorizationEnabled()).isTrue();
    assertThat(configuration.isEnablePasswordPolicy()).isTrue();
    assertThat(configuration.isEnforceHistoryTimeToLive()).isTrue();
    assertThat(configuration.getHistoryTimeToLive()).isEqualTo("P1095D");
    assertThat(configuration.getHistoryRemovalTimeStrategy())
        .isEqualTo(ProcessEngineConfiguration.HISTORY_REMOVAL_TIME_STRATEGY_START);
    assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("22:00");
    assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
  }

  /** A Java-serialized value from a client would be deserialized by the engine: a known attack path. */
  @Test
  void javaSerializedVariablesFromClientsAreRefused() {
    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("foundation-smoke");
    String serializedEmptyList = "rO0ABXNyABNqYXZhLnV0aWwuQXJyYXlMaXN0eIHSHZnHYZ0DAAFJAARzaXpleHAAAAAAdwQAAAAAeA==";

    assertThatThrownBy(() -> engine.getRuntimeService().setVariable(instance.getId(), "blob",
        Variables.serializedObjectValue(serializedEmptyList)
            .serializationDataFormat(Variables.SerializationDataFormats.JAVA)
            .objectTypeName("java.util.ArrayList")
            .create()))
        .hasMessageContaining("Java serialization format is prohibited");
    engine.getRuntimeService().deleteProcessInstance(instance.getId(), "test finished");
  }
}
