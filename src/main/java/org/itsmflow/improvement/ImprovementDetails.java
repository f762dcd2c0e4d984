package org.itsmflow.improvement;

import org.itsmflow.record.FieldwiseDetails;
import org.itsmflow.record.RecordType;
import org.springframework.stereotype.Component;

/** Improvement records as the workspace's record page shows them: every field, labelled. */
@Component
class ImprovementDetails extends FieldwiseDetails<Improvement> {

  ImprovementDetails(ImprovementRepository repository) {
    super(RecordType.IMPROVEMENT, repository::find, Improvement::title, Improvement::processInstanceId);
  }
}
