package org.itsmflow.problem;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * problem-detection's timer reads its cycle when the model is deployed, and an unchanged model
 * is not deployed again: when ITSM_PROBLEM_DETECTION_CYCLE changed since, the waiting timer is
 * recalculated from the configuration at start (after the models are deployed).
 */
@Component
@Order(10)
class ProblemDetectionScheduleApplier implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(ProblemDetectionScheduleApplier.class);

  private final RepositoryService repositoryService;
  private final ManagementService managementService;
  private final ProblemProperties properties;
  private final ProcessEngineConfigurationImpl commands;

  ProblemDetectionScheduleApplier(RepositoryService repositoryService, ManagementService managementService,
      ProblemProperties properties, ProcessEngineConfigurationImpl commands) {
    this.repositoryService = repositoryService;
    this.managementService = managementService;
    this.properties = properties;
    this.commands = commands;
  }

  @Override
  public void run(ApplicationArguments args) {
    apply();
  }

  /** Returns whether the timer had to be recalculated. */
  boolean apply() {
    ProcessDefinition definition = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(ProblemProcess.DETECTION_KEY).latestVersion().singleResult();
    if (definition == null) {
      return false;
    }
    Job timer = managementService.createJobQuery().processDefinitionId(definition.getId()).timers().singleResult();
    if (!(timer instanceof TimerEntity entity) || properties.detectionCycle().equals(entity.getRepeat())) {
      return false;
    }
    try {
      // The next runs follow the timer's stored cycle; the due date follows the model's expression.
      commands.getCommandExecutorTxRequired().execute(context -> {
        ((TimerEntity) context.getJobManager().findJobById(timer.getId())).setRepeat(properties.detectionCycle());
        return null;
      });
      managementService.recalculateJobDuedate(timer.getId(), false);
      LOG.info("problem-detection now runs on cycle {} (was {})", properties.detectionCycle(), entity.getRepeat());
      return true;
    } catch (OptimisticLockingException anotherNodeDidIt) {
      return false;
    }
  }
}
