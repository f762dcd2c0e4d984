package org.itsmflow.change;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** change-management, Task_GatherRiskFactors: the inputs of change-risk that the RFC does not carry. */
@Component("gatherChangeRiskFactors")
class GatherChangeRiskFactors implements JavaDelegate {

  private final ChangeAuthorisation authorisation;

  GatherChangeRiskFactors(ChangeAuthorisation authorisation) {
    this.authorisation = authorisation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ChangeAuthorisation.RiskFactors factors = authorisation.riskFactors(ChangeProcess.Variables.number(execution));
    execution.setVariable(ChangeProcess.Variables.SERVICE_CRITICALITY, factors.serviceCriticality());
    execution.setVariable(ChangeProcess.Variables.FAILURE_RATE, factors.failureRate());
  }
}
