package org.itsmflow.release;

import org.itsmflow.record.FieldwiseDetails;
import org.itsmflow.record.RecordType;
import org.springframework.stereotype.Component;

/** Release records as the workspace's record page shows them: every field, labelled. */
@Component
class ReleaseDetails extends FieldwiseDetails<Release> {

  ReleaseDetails(ReleaseRepository repository) {
    super(RecordType.RELEASE, repository::find, Release::title, Release::processInstanceId);
  }
}
