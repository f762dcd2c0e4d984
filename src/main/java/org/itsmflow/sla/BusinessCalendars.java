package org.itsmflow.sla;

import java.util.List;
import org.itsmflow.platform.RecordInUseException;
import org.itsmflow.platform.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The business calendars SLA targets are measured on. */
@Service
public class BusinessCalendars {

  static final String RECORD_TYPE = "Business calendar";

  private final CalendarRepository repository;

  BusinessCalendars(CalendarRepository repository) {
    this.repository = repository;
  }

  /** @return true when the calendar was created, false when an existing one was replaced */
  @Transactional
  public boolean save(CalendarDefinition calendar) {
    return repository.save(calendar);
  }

  @Transactional(readOnly = true)
  public CalendarDefinition get(String id) {
    return repository.find(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
  }

  @Transactional(readOnly = true)
  public List<CalendarDefinition> list() {
    return repository.findAll();
  }

  /** The calendar ready for SLA arithmetic. */
  @Transactional(readOnly = true)
  public BusinessCalendar calendar(String id) {
    return get(id).toBusinessCalendar();
  }

  @Transactional(readOnly = true)
  public boolean exists(String id) {
    return repository.exists(id);
  }

  /** A calendar that services or SLAs count on cannot be deleted. */
  @Transactional
  public void delete(String id) {
    int usages = repository.usages(id);
    if (usages > 0) {
      throw new RecordInUseException("Business calendar '" + id + "' is used by " + usages
          + " services or SLAs; point them at another calendar first");
    }
    if (!repository.delete(id)) {
      throw new RecordNotFoundException(RECORD_TYPE, id);
    }
  }
}
