package org.itsmflow.sla;

import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.itsmflow.platform.RecordInUseException;
import org.itsmflow.platform.RecordNotFoundException;
import org.itsmflow.platform.TransactionScoped;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The business calendars SLA targets are measured on. */
@Service
public class BusinessCalendars {

  static final String RECORD_TYPE = "Business calendar";
  private final CalendarRepository repository;
  /** The calendars read in the current transaction. */
  private final TransactionScoped<String, BusinessCalendar> read;

  BusinessCalendars(CalendarRepository repository, DataSource dataSource) {
    this.repository = repository;
    this.read = new TransactionScoped<>(dataSource);
  }

  /** @return true when the calendar was created, false when an existing one was replaced */
  @Transactional
  public boolean save(CalendarDefinition calendar) {
    read.forget(calendar.id());
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

  /**
   * The calendar ready for SLA arithmetic. Read once per transaction: one incident's request
   * plans, pauses and reports several clocks on the same calendar (benchmark scenario 1 read it
   * 15 times per lifecycle, three statements each). Nothing outlives the transaction, so a
   * calendar changed on another node applies to the next one.
   */
  @Transactional(readOnly = true)
  public BusinessCalendar calendar(String id) {
    return read.get(id, () -> Optional.of(get(id).toBusinessCalendar())).orElseThrow();
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
    read.forget(id);
    if (!repository.delete(id)) {
      throw new RecordNotFoundException(RECORD_TYPE, id);
    }
  }
}
