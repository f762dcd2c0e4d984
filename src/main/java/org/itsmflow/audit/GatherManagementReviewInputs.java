package org.itsmflow.audit;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.platform.EngineClock;
import org.springframework.stereotype.Component;

/** management-review, Task_GatherReviewInputs: the inputs of the six months before, kept with the review. */
@Component("gatherManagementReviewInputs")
class GatherManagementReviewInputs implements JavaDelegate {

  private final ManagementReviews reviews;

  GatherManagementReviewInputs(ManagementReviews reviews) {
    this.reviews = reviews;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ManagementReviewVariables.prepared(execution, reviews.prepare(EngineClock.now()));
  }
}
