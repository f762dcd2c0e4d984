package org.itsmflow.change;

import org.camunda.bpm.engine.RuntimeService;
import org.itsmflow.ports.ProcessMessages;
import org.springframework.stereotype.Component;

/**
 * Tells the problem whose fix a change is, and the release that bundles it, how the change
 * ended: message correlation by their numbers as business keys. Nobody waiting is fine (the
 * problem or release may have moved on, or a job runs again).
 */
@Component
class ChangeOutcomes {

  private final RuntimeService runtimeService;

  ChangeOutcomes(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  /** @param outcome successful, failed or withdrawn */
  void announce(Change change, String outcome) {
    if (change.problemNumber() != null) {
      send(ChangeProcess.Messages.PROBLEM_FIX_COMPLETED, change.problemNumber(), change.number(), outcome);
    }
    if (change.releaseNumber() != null) {
      send(ChangeProcess.Messages.RELEASE_CHANGE_COMPLETED, change.releaseNumber(), change.number(), outcome);
    }
  }

  private void send(String message, String businessKey, String number, String outcome) {
    runtimeService.createMessageCorrelation(message).processInstanceBusinessKey(businessKey)
        .setVariable(ProcessMessages.CHANGE_NUMBER, number)
        .setVariable(ProcessMessages.CHANGE_OUTCOME, outcome == null ? "withdrawn" : outcome)
        .correlateAllWithResult();
  }
}
