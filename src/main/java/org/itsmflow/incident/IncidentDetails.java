package org.itsmflow.incident;

import org.itsmflow.record.FieldwiseDetails;
import org.itsmflow.record.RecordType;
import org.springframework.stereotype.Component;

/**
 * Incident records field by field, labelled, for what reads every record type alike (the evidence
 * pack); the workspace shows incidents on a page of their own.
 */
@Component
class IncidentDetails extends FieldwiseDetails<Incident> {

  IncidentDetails(IncidentRepository repository) {
    super(RecordType.INCIDENT, repository::find, Incident::title, Incident::processInstanceId);
  }
}
