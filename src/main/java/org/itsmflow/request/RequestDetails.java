package org.itsmflow.request;

import org.itsmflow.record.FieldwiseDetails;
import org.itsmflow.record.RecordType;
import org.springframework.stereotype.Component;

/** ServiceRequest records as the workspace's record page shows them: every field, labelled. */
@Component
class RequestDetails extends FieldwiseDetails<ServiceRequest> {

  RequestDetails(RequestRepository repository) {
    super(RecordType.REQUEST, repository::find, ServiceRequest::title, ServiceRequest::processInstanceId);
  }
}
