package org.itsmflow.problem;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.platform.ProcessVariables;
import org.itsmflow.problem.ProblemProcess.Variables;
import org.springframework.stereotype.Component;

/** problem-detection, Task_DetectIncidentTrends: a problem candidate for every new incident trend. */
@Component("detectIncidentTrends")
class DetectIncidentTrends implements JavaDelegate {

  private final ProblemTrends trends;

  DetectIncidentTrends(ProblemTrends trends) {
    this.trends = trends;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<String> raised = trends.raiseCandidates();
    execution.setVariable(Variables.RAISED_PROBLEMS, raised.size());
    execution.setVariable(Variables.RAISED_LIST, ProcessVariables.shown(raised, ", "));
  }
}
