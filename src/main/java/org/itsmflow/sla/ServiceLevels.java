package org.itsmflow.sla;

import java.util.List;
import java.util.Optional;
import org.itsmflow.platform.InvalidFieldException;
import org.itsmflow.platform.RecordInUseException;
import org.itsmflow.platform.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** SLA definitions per service and priority, with the default SLA for services without one. */
@Service
public class ServiceLevels {

  static final String ROUND_THE_CLOCK = "24x7";

  private final SlaRepository repository;
  private final BusinessCalendars calendars;

  ServiceLevels(SlaRepository repository, BusinessCalendars calendars) {
    this.repository = repository;
    this.calendars = calendars;
  }

  /** The SLA that applies to a record of this service and priority: the service's own, else the default. */
  @Transactional(readOnly = true)
  public SlaDefinition applicable(String serviceCode, int priority) {
    checkPriority(priority);
    return (serviceCode == null ? Optional.<SlaDefinition>empty() : repository.find(serviceCode, priority))
        .or(() -> repository.find(null, priority))
        .orElseThrow(() -> new IllegalStateException("No default SLA for priority " + priority));
  }

  @Transactional(readOnly = true)
  public List<SlaDefinition> list(String serviceCode) {
    return repository.findFor(serviceCode);
  }

  @Transactional(readOnly = true)
  public SlaDefinition get(String scope, int priority) {
    checkPriority(priority);
    return repository.find(serviceCode(scope), priority)
        .orElseThrow(() -> new RecordNotFoundException("SLA", scope + "/" + priority));
  }

  /** @return true when created, false when an existing SLA was changed */
  @Transactional
  public boolean save(String scope, int priority, SlaRequest request) {
    checkPriority(priority);
    String serviceCode = serviceCode(scope);
    String defaultCalendar = serviceCode == null ? ROUND_THE_CLOCK : repository.serviceCalendar(serviceCode)
        .orElseThrow(() -> new RecordNotFoundException("Service", serviceCode));
    SlaDefinition sla = request.validated(serviceCode, priority, defaultCalendar);
    if (!calendars.exists(sla.calendarId())) {
      throw new RecordNotFoundException("Business calendar", sla.calendarId(), "calendarId");
    }
    return repository.save(sla);
  }

  /** A service's own SLA can go (the default applies again); the default SLA can only change. */
  @Transactional
  public void delete(String scope, int priority) {
    checkPriority(priority);
    String serviceCode = serviceCode(scope);
    if (serviceCode == null) {
      throw new RecordInUseException("The default SLA applies to every service without its own; change it instead");
    }
    if (!repository.deleteForService(serviceCode, priority)) {
      throw new RecordNotFoundException("SLA", scope + "/" + priority);
    }
  }

  private static String serviceCode(String scope) {
    return SlaDefinition.DEFAULT_SCOPE.equals(scope) ? null : scope;
  }

  private static void checkPriority(int priority) {
    if (priority < 1 || priority > 5) {
      throw new InvalidFieldException("priority", "a whole number from 1 to 5");
    }
  }
}
