package org.itsmflow.change;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** change-management, Task_TallyCabVotes: the inputs of cab-decision, from the votes recorded in this revision. */
@Component("tallyCabVotes")
class TallyCabVotes implements JavaDelegate {

  private final ChangeAuthorisation authorisation;

  TallyCabVotes(ChangeAuthorisation authorisation) {
    this.authorisation = authorisation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ChangeAuthorisation.Tally tally = authorisation.tally(ChangeProcess.Variables.number(execution));
    execution.setVariable(ChangeProcess.Variables.APPROVALS, tally.approvals());
    execution.setVariable(ChangeProcess.Variables.REJECTIONS, tally.rejections());
    execution.setVariable(ChangeProcess.Variables.ABSTENTIONS, tally.abstentions());
    execution.setVariable(ChangeProcess.Variables.OWNER_VETO, tally.ownerVeto());
    execution.setVariable(ChangeProcess.Variables.DECISION_REASON, "CAB: " + tally.approvals() + " approve, " + tally.rejections()
        + " reject, " + tally.abstentions() + " abstain" + (tally.ownerVeto() ? "; an affected service's owner vetoed" : ""));
  }
}
