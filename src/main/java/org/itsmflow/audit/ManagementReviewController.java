package org.itsmflow.audit;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Management reviews as held (all staff read: auditors ask for them). */
@RestController
class ManagementReviewController {

  private final ManagementReviews reviews;

  ManagementReviewController(ManagementReviews reviews) {
    this.reviews = reviews;
  }

  @GetMapping("/api/management-reviews")
  List<ManagementReviews.Review> list() {
    return reviews.list();
  }

  @GetMapping("/api/management-reviews/{id}")
  ManagementReviews.Review review(@PathVariable String id) {
    return reviews.review(id);
  }
}
