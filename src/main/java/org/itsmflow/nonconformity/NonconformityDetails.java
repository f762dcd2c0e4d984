package org.itsmflow.nonconformity;

import org.itsmflow.record.FieldwiseDetails;
import org.itsmflow.record.RecordType;
import org.springframework.stereotype.Component;

/** Nonconformity records as the workspace's record page shows them: every field, labelled. */
@Component
class NonconformityDetails extends FieldwiseDetails<Nonconformity> {

  NonconformityDetails(NonconformityRepository repository) {
    super(RecordType.NONCONFORMITY, repository::find, Nonconformity::title, Nonconformity::processInstanceId);
  }
}
