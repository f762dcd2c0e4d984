package org.itsmflow.release;

import org.camunda.bpm.engine.RuntimeService;
import org.itsmflow.change.ChangeProcess;
import org.springframework.stereotype.Component;

/**
 * What a release tells its changes' change-management instances (by the change number as
 * business key): that they are bundled, and how the release ended for them.
 */
@Component
class ChangeMessages {

  private final RuntimeService runtimeService;

  ChangeMessages(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  void bundled(String change, String release) {
    runtimeService.createMessageCorrelation(ChangeProcess.Messages.BUNDLED_IN_RELEASE)
        .processInstanceBusinessKey(change)
        .setVariable(ChangeProcess.Variables.RELEASE_NUMBER, release)
        .correlate();
  }

  /** @param outcome deployed, failed or removed; nobody waiting (a repeated job) is fine. */
  void outcome(String change, String release, String outcome, String notes) {
    runtimeService.createMessageCorrelation(ChangeProcess.Messages.RELEASE_OUTCOME)
        .processInstanceBusinessKey(change)
        .setVariable(ChangeProcess.Variables.RELEASE_NUMBER, release)
        .setVariable(ChangeProcess.Variables.RELEASE_OUTCOME, outcome)
        .setVariable(ChangeProcess.Variables.RELEASE_NOTES, notes)
        .correlateAllWithResult();
  }
}
