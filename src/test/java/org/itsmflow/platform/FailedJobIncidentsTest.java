package org.itsmflow.platform;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.List;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.incident.IncidentContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.IncidentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.IncidentManager;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** When the failed-job incident handler searches for a job's incidents, without an engine. */
class FailedJobIncidentsTest {

  private final CommandContext command = mock(CommandContext.class);
  private final DbEntityManager entities = mock(DbEntityManager.class);
  private final IncidentManager incidents = mock(IncidentManager.class);
  private final IncidentEntity incident = mock(IncidentEntity.class);
  private final FailedJobIncidents.Handler handler = new FailedJobIncidents.Handler();
  private final TimerEntity job = new TimerEntity();

  @BeforeEach
  void enterCommand() {
    job.setId("job-1");
    when(command.getDbEntityManager()).thenReturn(entities);
    when(command.getIncidentManager()).thenReturn(incidents);
    when(incidents.findIncidentByConfiguration("job-1")).thenReturn(List.of(incident));
    Context.setCommandContext(command);
  }

  @AfterEach
  void leaveCommand() {
    Context.removeCommandContext();
  }

  @Test
  void aJobWithRetriesLeftIsNotSearchedFor() {
    when(entities.getCachedEntity(JobEntity.class, "job-1")).thenReturn(job);

    handler.deleteIncident(jobContext());
    handler.resolveIncident(jobContext());

    verifyNoInteractions(incidents);
  }

  @Test
  void theIncidentOfAJobWithoutRetriesIsDeletedWithIt() {
    job.setRetriesFromPersistence(0);
    when(entities.getCachedEntity(JobEntity.class, "job-1")).thenReturn(job);

    handler.deleteIncident(jobContext());

    verify(incident).delete();
  }

  @Test
  void theIncidentOfAJobGivenRetriesAgainIsResolved() {
    // JobEntity.setRetries removes the incident before it stores the new number.
    job.setRetriesFromPersistence(0);
    when(entities.getCachedEntity(JobEntity.class, "job-1")).thenReturn(job);

    handler.resolveIncident(jobContext());

    verify(incident).resolve();
  }

  @Test
  void aJobTheCommandDoesNotHoldIsSearchedForAsTheEngineDoes() {
    handler.deleteIncident(jobContext());

    verify(incident).delete();
  }

  private static IncidentContext jobContext() {
    IncidentContext context = new IncidentContext();
    context.setConfiguration("job-1");
    return context;
  }
}
