package org.itsmflow.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.spring.boot.starter.event.PublishDelegateParseListener;
import org.camunda.bpm.spring.boot.starter.event.PublishHistoryEventHandler;
import org.itsmflow.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine settings the README promises: audit history, authorization, retention, no Java serialization. */
class EngineConfigurationTest extends ApplicationTest {

  @Autowired ObservationRegistry observations;

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

  /** Issue 17: work done on each request or step that nothing in ITSM Flow reads. */
  @Test
  void theEngineAndTheRequestsDoNoWorkNobodyReads() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

    DbEntityManager entities = configuration.getCommandExecutorTxRequired()
        .execute(command -> command.getDbEntityManager());
    assertThat(entities).as("the id check without the message").isInstanceOf(EntityIdCheck.Manager.class);
    assertThat(configuration.getCustomPostBPMNParseListeners()).as("no Spring event per step")
        .noneMatch(PublishDelegateParseListener.class::isInstance);
    assertThat(configuration.getCustomHistoryEventHandlers()).as("no Spring event per history event")
        .noneMatch(PublishHistoryEventHandler.class::isInstance);
    assertThat(Observation.start("spring.security.filterchains", observations).isNoop())
        .as("Spring Security's traces").isTrue();
    Observation requests = Observation.start("http.server.requests", observations);
    assertThat(requests.isNoop()).as("the request metric stays").isFalse();
    requests.stop();
  }
}
