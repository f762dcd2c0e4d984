package org.itsmflow.platform;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Registers {@link AuditHistoryLevel} under FULL's name: the engine takes the last level of that
 * name, so {@code camunda.bpm.history-level: full} means it.
 */
@Component
public class AuditHistory extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomHistoryLevels(EngineLists.with(configuration.getCustomHistoryLevels(), new AuditHistoryLevel()));
  }
}
