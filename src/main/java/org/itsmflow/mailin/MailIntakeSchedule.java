package org.itsmflow.mailin;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.itsmflow.platform.ProcessCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * mail-intake's timer runs only where a mailbox is configured: without ITSM_MAIL_IN_HOST it is
 * suspended at start (after the models are deployed), so that no empty run is recorded every
 * minute; with it, it is active again.
 */
@Component
@Order(10)
class MailIntakeSchedule implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(MailIntakeSchedule.class);

  private final MailInProperties properties;
  private final RepositoryService repositoryService;
  private final ManagementService managementService;

  MailIntakeSchedule(MailInProperties properties, RepositoryService repositoryService,
      ManagementService managementService) {
    this.properties = properties;
    this.repositoryService = repositoryService;
    this.managementService = managementService;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(ProcessCatalog.MAIL_INTAKE).count() == 0) {
      return;
    }
    if (properties.enabled()) {
      managementService.activateJobDefinitionByProcessDefinitionKey(ProcessCatalog.MAIL_INTAKE, true);
      LOG.info("mail-intake polls {}:{} {} every minute", properties.host(), properties.port(), properties.folder());
    } else {
      managementService.suspendJobDefinitionByProcessDefinitionKey(ProcessCatalog.MAIL_INTAKE, true);
      LOG.info("mail-intake is off (ITSM_MAIL_IN_HOST is not set)");
    }
  }
}
