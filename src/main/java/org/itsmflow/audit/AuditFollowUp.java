package org.itsmflow.audit;

import org.camunda.bpm.engine.RuntimeService;
import org.itsmflow.platform.EngineAsSystem;
import org.itsmflow.ports.NonconformityPort.NonconformityClosed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When the last nonconformity an audit raised is closed, the audit's process goes on to its close:
 * in the transaction that closed the nonconformity, as the engine's system (the person who closed
 * it need not work on audits).
 */
@Component
class AuditFollowUp {

  private final InternalAudits audits;
  private final RuntimeService runtime;
  private final EngineAsSystem engine;

  AuditFollowUp(InternalAudits audits, RuntimeService runtime, EngineAsSystem engine) {
    this.audits = audits;
    this.runtime = runtime;
    this.engine = engine;
  }

  @EventListener
  void closed(NonconformityClosed event) {
    String audit = audits.auditOf(event.number());
    if (audit != null && audits.nonconformitiesClosed(audit)) {
      // None waiting (already correlated, or the audit was not reported yet): nothing to do.
      engine.run(() -> runtime.createMessageCorrelation(InternalAuditProcess.NONCONFORMITIES_CLOSED)
          .processInstanceBusinessKey(audit).correlateAllWithResult());
    }
  }
}
