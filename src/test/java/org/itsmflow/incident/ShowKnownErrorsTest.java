package org.itsmflow.incident;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.itsmflow.ports.ProblemPort;
import org.itsmflow.support.Iso20000;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Incidents started by an earlier version of incident-management still call the known-errors
 * listener when their tasks are created: it keeps showing the known errors as a variable, and
 * writes it only when the text changed. Pure logic, no Spring.
 */
@Iso20000({"8.6.1", "8.6.3"})
class ShowKnownErrorsTest {

  private final Incidents incidents = mock(Incidents.class);
  private final ProblemPort problems = mock(ProblemPort.class);
  private final DelegateExecution execution = mock(DelegateExecution.class);
  private final DelegateTask task = mock(DelegateTask.class);
  private final ShowKnownErrors listener = new ShowKnownErrors(incidents, problems);

  @BeforeEach
  void anIncidentOnAMailServer() {
    when(task.getExecution()).thenReturn(execution);
    when(execution.getProcessBusinessKey()).thenReturn("INC-000042");
    when(incidents.get("INC-000042")).thenReturn(new Incident("INC-000042", "Mail stuck", "Outbox full", "EMAIL",
        "CI-000007", null, 3, 3, 4, IncidentStatus.NEW, "service-desk", false, "Jane Roe", "phone", null, null,
        Instant.parse("2026-12-01T09:00:00Z"), null, null, "pi-1", null));
    when(problems.knownErrors("EMAIL", "CI-000007")).thenReturn(List.of(
        new ProblemPort.KnownErrorMatch("KE-000003", "Queue blocked by log rotation", "Restart the queue service",
            "PRB-000002")));
  }

  @Test
  void theKnownErrorsOfTheIncidentsCiOrServiceBecomeTheVariable() {
    listener.notify(task);

    verify(execution).setVariable(IncidentProcess.Variables.KNOWN_ERRORS,
        "KE-000003 (PRB-000002) Queue blocked by log rotation: Restart the queue service");
  }

  @Test
  void anUnchangedTextIsNotWrittenAgain() {
    when(execution.getVariable(IncidentProcess.Variables.KNOWN_ERRORS))
        .thenReturn("KE-000003 (PRB-000002) Queue blocked by log rotation: Restart the queue service");

    listener.notify(task);

    verify(execution, never()).setVariable(eq(IncidentProcess.Variables.KNOWN_ERRORS), any());
  }

  @Test
  void withoutKnownErrorsTheFormSaysSo() {
    when(problems.knownErrors("EMAIL", "CI-000007")).thenReturn(List.of());

    listener.notify(task);

    verify(execution).setVariable(IncidentProcess.Variables.KNOWN_ERRORS, "none for this CI or service");
  }
}
