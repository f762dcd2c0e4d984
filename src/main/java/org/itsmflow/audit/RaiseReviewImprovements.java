package org.itsmflow.audit;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** management-review, Task_RaiseReviewImprovements: each improvement the review named enters the register. */
@Component("raiseReviewImprovements")
class RaiseReviewImprovements implements JavaDelegate {

  private final ManagementReviews reviews;

  RaiseReviewImprovements(ManagementReviews reviews) {
    this.reviews = reviews;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reviews.raiseImprovements(ManagementReviewVariables.reviewId(execution));
  }
}
