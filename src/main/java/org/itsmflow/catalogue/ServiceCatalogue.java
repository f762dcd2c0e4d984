package org.itsmflow.catalogue;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.itsmflow.platform.InvalidFieldException;
import org.itsmflow.platform.RecordInUseException;
import org.itsmflow.platform.RecordNotFoundException;
import org.itsmflow.platform.TransactionScoped;
import org.itsmflow.sla.BusinessCalendars;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The service catalogue (ISO 20000 8.2.4). */
@Component
public class ServiceCatalogue {

  static final String RECORD_TYPE = "Service";

  private final ServiceRepository repository;
  private final BusinessCalendars calendars;
  private final OwnerGroups ownerGroups;
  /**
   * Whether a service exists, as this transaction found it: a request checks the service its record
   * names at the door and its process checks it again (the process trusts only what it derived).
   */
  private final TransactionScoped<String, Boolean> found;

  ServiceCatalogue(ServiceRepository repository, BusinessCalendars calendars, OwnerGroups ownerGroups,
      DataSource dataSource) {
    this.repository = repository;
    this.calendars = calendars;
    this.ownerGroups = ownerGroups;
    this.found = new TransactionScoped<>(dataSource);
  }

  /** @return true when the service was created, false when it replaced an existing one */
  @Transactional
  public boolean save(Service service) {
    ownerGroups.requireExists(service.ownerGroup(), "ownerGroup");
    if (!calendars.exists(service.calendarId())) {
      throw new RecordNotFoundException("Business calendar", service.calendarId(), "calendarId");
    }
    for (int i = 0; i < service.dependsOn().size(); i++) {
      String dependency = service.dependsOn().get(i);
      if (!repository.exists(dependency)) {
        throw new RecordNotFoundException(RECORD_TYPE, dependency, "dependsOn[" + i + "]");
      }
      if (reaches(dependency, service.code())) {
        throw new InvalidFieldException("dependsOn[" + i + "]",
            dependency + " already depends on " + service.code() + ": the dependency would form a cycle");
      }
    }
    found.forget(service.code());
    return repository.save(service);
  }

  @Transactional(readOnly = true)
  public Service get(String code) {
    return repository.find(code).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, code));
  }

  @Transactional(readOnly = true)
  public boolean exists(String code) {
    return found.get(code, () -> Optional.of(repository.exists(code))).orElseThrow();
  }

  /** The business calendar the service's records count time on (404 without the service). */
  @Transactional(readOnly = true)
  public String calendarOf(String code) {
    return repository.calendarOf(code).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, code));
  }

  @Transactional(readOnly = true)
  public List<Service> list(ServiceStatus status) {
    return repository.findAll(status);
  }

  /** Only a service nothing refers to can be deleted; retire it otherwise (status retired). */
  @Transactional
  public void delete(String code) {
    if (!repository.exists(code)) {
      throw new RecordNotFoundException(RECORD_TYPE, code);
    }
    List<String> dependents = repository.dependents(code);
    if (!dependents.isEmpty()) {
      throw new RecordInUseException("Service " + code + " is needed by " + dependents + "; retire it instead");
    }
    List<String> cis = repository.supportingCis(code);
    if (!cis.isEmpty()) {
      throw new RecordInUseException("Service " + code + " is supported by " + cis + "; retire it instead");
    }
    found.forget(code);
    repository.delete(code);
  }

  /** Whether {@code from} depends on {@code to}, directly or through other services. */
  private boolean reaches(String from, String to) {
    Deque<String> open = new ArrayDeque<>(List.of(from));
    Set<String> seen = new HashSet<>();
    while (!open.isEmpty()) {
      String current = open.pop();
      if (current.equals(to)) {
        return true;
      }
      if (seen.add(current)) {
        open.addAll(repository.dependencies(current));
      }
    }
    return false;
  }
}
