package org.itsmflow.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itsmflow.support.Json.send;
import static org.springframework.http.HttpMethod.POST;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.itsmflow.security.RoleGroup;
import org.itsmflow.support.ApplicationTest;
import org.itsmflow.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A failed job's incident is raised, resolved and ended as in the engine, now that the search for
 * it is left out while the job has retries.
 */
class FailedJobIncidentsEngineTest extends ApplicationTest {

  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void theEngineUsesOurHandler() {
    assertThat(configuration().getIncidentHandler(Incident.FAILED_JOB_HANDLER_TYPE))
        .isInstanceOf(FailedJobIncidents.Handler.class);
  }

  @Test
  void aJobOutOfRetriesHasItsIncidentUntilItIsGivenRetriesOrEnds() {
    String agent = user("failed-job-agent", RoleGroup.SERVICE_DESK.id());
    String number = recordIncident(agent);
    ManagementService management = engine.getManagementService();
    Job warning = resolutionWarning(number);

    management.setJobRetries(warning.getId(), 0);
    Incident raised = engine.getRuntimeService().createIncidentQuery().configuration(warning.getId()).singleResult();
    assertThat(raised.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);

    management.setJobRetries(warning.getId(), 2);
    assertThat(engine.getRuntimeService().createIncidentQuery().configuration(warning.getId()).count()).isZero();
    assertThat(historicIncident(raised.getId()).isResolved()).isTrue();

    management.setJobRetries(warning.getId(), 0);
    Incident again = engine.getRuntimeService().createIncidentQuery().configuration(warning.getId()).singleResult();
    assertThat(send(as(agent), POST, "/api/incidents/" + number + "/resolve",
        "{\"resolutionCode\": \"fixed\", \"resolution\": \"Restarted\"}").getStatusCode()).isEqualTo(HttpStatus.OK);

    assertThat(management.createJobQuery().jobId(warning.getId()).count()).as("the warning ends with the resolve").isZero();
    assertThat(engine.getRuntimeService().createIncidentQuery().configuration(warning.getId()).count()).isZero();
    assertThat(historicIncident(again.getId()).isDeleted()).isTrue();
  }

  @Test
  void aDeletedJobIsStillHeldByItsCommandWhenItsIncidentsAreRemoved() {
    // The handler reads the job's retries from the command; were the engine to forget a deleted
    // job first, every job would be searched for again (no failure, one statement more each).
    String number = recordIncident(user("failed-job-reader", RoleGroup.SERVICE_DESK.id()));
    String jobId = resolutionWarning(number).getId();

    // Rolled back: the incident keeps its deadline, and later tests (a migration) find it whole.
    JobEntity held = new TransactionTemplate(transactions).execute(status -> {
      status.setRollbackOnly();
      return configuration().getCommandExecutorTxRequired().execute(command -> {
        command.getJobManager().findJobById(jobId).delete();
        return command.getDbEntityManager().getCachedEntity(JobEntity.class, jobId);
      });
    });

    assertThat(held).isNotNull();
    assertThat(held.getRetries()).isPositive();
    assertThat(engine.getManagementService().createJobQuery().jobId(jobId).count()).isOne();
  }

  private String recordIncident(String agent) {
    String service = Fixtures.service(jdbc, 2);
    return send(as(agent), POST, "/api/incidents", """
        {"title": "Failing warning", "description": "A job out of retries", "serviceCode": "%s", "impact": 3,
         "urgency": 3, "channel": "phone"}
        """.formatted(service)).getBody().path("number").asText();
  }

  private Job resolutionWarning(String number) {
    String process = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number)
        .singleResult().getId();
    return engine.getManagementService().createJobQuery().processInstanceId(process)
        .activityId("Event_SlaResolutionWarningDue").singleResult();
  }

  private HistoricIncident historicIncident(String id) {
    return engine.getHistoryService().createHistoricIncidentQuery().incidentId(id).singleResult();
  }

  private ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }
}
