package org.itsmflow.platform;

import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls of our API without the engine's authorization checks, but as the caller:
 * the API has checked the caller's group and candidacy itself, and staff should not need
 * engine-wide rights (such as changing any process instance in Cockpit) to act on their
 * records. The caller stays the engine's authenticated user, so the engine records them as it
 * would for Tasklist: start user, task assignee, user operation log. The calls share one
 * command context (and so one flush) with the authorization checks switched off for it alone.
 */
@Component
public class EngineAsSystem {

  private final ProcessEngineConfigurationImpl configuration;

  public EngineAsSystem(ProcessEngineConfiguration configuration) {
    this.configuration = (ProcessEngineConfigurationImpl) configuration;
  }

  public <T> T call(Supplier<T> work) {
    return configuration.getCommandExecutorTxRequired()
        .execute(context -> context.runWithoutAuthorization(work::get));
  }

  public void run(Runnable work) {
    call(() -> {
      work.run();
      return null;
    });
  }
}
