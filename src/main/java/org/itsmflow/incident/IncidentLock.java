package org.itsmflow.incident;

import java.util.Optional;
import org.itsmflow.record.RecordLock;
import org.itsmflow.record.RecordType;
import org.springframework.stereotype.Component;

/** The kernel locks an incident as its repository does, which keeps the locked row for the step. */
@Component
class IncidentLock implements RecordLock {

  private final IncidentRepository repository;

  IncidentLock(IncidentRepository repository) {
    this.repository = repository;
  }

  @Override
  public RecordType type() {
    return RecordType.INCIDENT;
  }

  @Override
  public Optional<String> lockStatus(String number) {
    return repository.lock(number).map(incident -> incident.status().name());
  }
}
