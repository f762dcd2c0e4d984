package org.itsmflow.audit;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** management-review, completing Task_HoldManagementReview: decisions, actions, improvements, and who held it. */
@Component("recordManagementReview")
class RecordManagementReview implements TaskListener {

  private final ManagementReviews reviews;

  RecordManagementReview(ManagementReviews reviews) {
    this.reviews = reviews;
  }

  @Override
  public void notify(DelegateTask task) {
    reviews.held(ManagementReviewVariables.reviewId(task), ManagementReviewVariables.decisions(task),
        ManagementReviewVariables.actions(task), ManagementReviewVariables.improvements(task));
  }
}
