package org.itsmflow.audit;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.itsmflow.platform.ProcessVariables;
import org.itsmflow.tasklist.TasklistVariables;

/**
 * The variables of process management-review, read and written only here: the review's id, its
 * period and inputs as the form shows them, what Tasklist lists, and the outputs the form sets.
 */
final class ManagementReviewVariables {

  static final String REVIEW_ID = "reviewId";
  static final String REVIEW_PERIOD = "reviewPeriod";
  static final String REVIEW_INPUTS = "reviewInputs";
  static final String DECISIONS = "reviewDecisions";
  static final String ACTIONS = "reviewActions";
  static final String IMPROVEMENTS = "reviewImprovements";

  private ManagementReviewVariables() {}

  static void prepared(VariableScope run, ManagementReviews.Inputs inputs) {
    run.setVariable(REVIEW_ID, inputs.id());
    run.setVariable(REVIEW_PERIOD, ManagementReviews.period(inputs));
    run.setVariable(REVIEW_INPUTS, ManagementReviews.summary(inputs));
    run.setVariable(TasklistVariables.RECORD_NUMBER, inputs.id());
    run.setVariable(TasklistVariables.RECORD_TITLE, "Management review of " + ManagementReviews.period(inputs));
  }

  static String reviewId(VariableScope scope) {
    return ProcessVariables.text(scope, REVIEW_ID);
  }

  static String decisions(VariableScope scope) {
    return ProcessVariables.text(scope, DECISIONS);
  }

  static String actions(VariableScope scope) {
    return ProcessVariables.text(scope, ACTIONS);
  }

  static String improvements(VariableScope scope) {
    return ProcessVariables.text(scope, IMPROVEMENTS);
  }
}
