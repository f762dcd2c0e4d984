package org.itsmflow.change;

import org.itsmflow.record.FieldwiseDetails;
import org.itsmflow.record.RecordType;
import org.springframework.stereotype.Component;

/** Change records as the workspace's record page shows them: every field, labelled. */
@Component
class ChangeDetails extends FieldwiseDetails<Change> {

  ChangeDetails(ChangeRepository repository) {
    super(RecordType.CHANGE, repository::find, Change::title, Change::processInstanceId);
  }

  @Override
  public String actions() {
    return "changes/actions";
  }
}
