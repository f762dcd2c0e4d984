package org.itsmflow.problem;

import org.itsmflow.record.FieldwiseDetails;
import org.itsmflow.record.RecordType;
import org.springframework.stereotype.Component;

/** Problem records as the workspace's record page shows them: every field, labelled. */
@Component
class ProblemDetails extends FieldwiseDetails<Problem> {

  ProblemDetails(ProblemRepository repository) {
    super(RecordType.PROBLEM, repository::find, Problem::title, Problem::processInstanceId);
  }
}
