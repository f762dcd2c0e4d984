package org.itsmflow.platform;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.incident.DefaultIncidentHandler;
import org.camunda.bpm.engine.impl.incident.IncidentContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Incident;
import org.springframework.stereotype.Component;

/**
 * Camunda's failed-job incident handler without its search for an incident when a job that never
 * ran out of retries ends. Whenever a job is deleted (a timer that fired, an SLA deadline moved or
 * dropped, a step left), the engine looks for failed-job incidents of that job. It creates such an
 * incident only when the job's retries reach 0 and resolves it when they rise again
 * ({@code JobEntity.setRetries}), so a job with retries left has none: the search found nothing
 * and cost a statement, five per incident lifecycle and one per SLA warning (issue 17). A job with
 * no retries left, or one the command no longer holds, is searched for as in the engine. Check
 * {@code JobEntity.setRetries} and {@code JobEntity.delete} when upgrading Camunda.
 */
@Component
public class FailedJobIncidents extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // A custom handler of the engine's own type replaces the engine's (composite handlers are off).
    configuration.setCustomIncidentHandlers(EngineLists.with(configuration.getCustomIncidentHandlers(), new Handler()));
  }

  /** Removes a job's failed-job incidents, without looking for them while the job has retries left. */
  public static class Handler extends DefaultIncidentHandler {

    public Handler() {
      super(Incident.FAILED_JOB_HANDLER_TYPE);
    }

    @Override
    protected void removeIncident(IncidentContext context, boolean incidentResolved) {
      if (!hasRetriesLeft(context.getConfiguration())) {
        super.removeIncident(context, incidentResolved);
      }
    }

    private static boolean hasRetriesLeft(String jobId) {
      CommandContext command = Context.getCommandContext();
      // The job being deleted or given retries is the command's own: no statement is needed to read it.
      JobEntity job = jobId == null ? null : command.getDbEntityManager().getCachedEntity(JobEntity.class, jobId);
      return job != null && job.getRetries() > 0;
    }
  }
}
