package org.itsmflow.change;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** change-management, Task_RecordRisk: change-risk's result onto the record and the forms. */
@Component("recordChangeRisk")
class RecordChangeRisk implements JavaDelegate {

  private final ChangeAuthorisation authorisation;

  RecordChangeRisk(ChangeAuthorisation authorisation) {
    this.authorisation = authorisation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<?, ?> assessment = (Map<?, ?>) execution.getVariable(ChangeProcess.Variables.RISK_ASSESSMENT);
    String risk = String.valueOf(assessment.get(ChangeProcess.Variables.RISK));
    String reason = String.valueOf(assessment.get(ChangeProcess.Variables.RISK_REASON));
    authorisation.assessRisk(ChangeProcess.Variables.number(execution), risk, reason);
    execution.setVariable(ChangeProcess.Variables.RISK, risk);
    execution.setVariable(ChangeProcess.Variables.RISK_REASON, reason);
  }
}
