package org.itsmflow.change;

import org.camunda.bpm.engine.RuntimeService;
import org.itsmflow.ports.ProcessMessages;
import org.springframework.stereotype.Component;

/**
 * Tells the problem whose fix a change is how the change ended, as soon as that is known: at the
 * implementation (by the implementer or by the release that deployed it) or at the withdrawal.
 * Message correlation by the problem number as business key; nobody waiting is fine (the problem
 * may have moved on). Each change tells its problem once: the work log keeps that it did.
 */
@Component
class ChangeOutcomes {

  static final String ANNOUNCED = "fix-outcome-sent";

  private final RuntimeService runtimeService;
  private final ChangeWorkLog workLog;

  ChangeOutcomes(RuntimeService runtimeService, ChangeWorkLog workLog) {
    this.runtimeService = runtimeService;
    this.workLog = workLog;
  }

  /** @param outcome successful, failed or withdrawn */
  void announce(Change change, String outcome) {
    if (change.problemNumber() == null || outcome == null) {
      return;
    }
    String entry = "Told " + change.problemNumber() + " that its fix was " + outcome;
    if (workLog.has(change.number(), ANNOUNCED, entry)) {
      return;
    }
    runtimeService.createMessageCorrelation(ChangeProcess.Messages.PROBLEM_FIX_COMPLETED)
        .processInstanceBusinessKey(change.problemNumber())
        .setVariable(ProcessMessages.CHANGE_NUMBER, change.number())
        .setVariable(ProcessMessages.CHANGE_OUTCOME, outcome)
        .correlateAllWithResult();
    workLog.add(change.number(), ANNOUNCED, entry);
  }
}
