package org.itsmflow.sla;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.itsmflow.platform.RecordInUseException;
import org.itsmflow.platform.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The business calendars SLA targets are measured on. */
@Service
public class BusinessCalendars {

  static final String RECORD_TYPE = "Business calendar";
  /** The key of the calendars read in the current transaction. */
  private static final Object READ_IN_TRANSACTION = new Object();

  private final CalendarRepository repository;

  BusinessCalendars(CalendarRepository repository) {
    this.repository = repository;
  }

  /** @return true when the calendar was created, false when an existing one was replaced */
  @Transactional
  public boolean save(CalendarDefinition calendar) {
    forget(calendar.id());
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
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return get(id).toBusinessCalendar();
    }
    Map<String, BusinessCalendar> read = readInThisTransaction();
    BusinessCalendar calendar = read.get(id);
    if (calendar == null) {
      calendar = get(id).toBusinessCalendar();
      read.put(id, calendar);
    }
    return calendar;
  }

  @SuppressWarnings("unchecked")
  private Map<String, BusinessCalendar> readInThisTransaction() {
    Map<String, BusinessCalendar> read = (Map<String, BusinessCalendar>) TransactionSynchronizationManager.getResource(
        READ_IN_TRANSACTION);
    if (read == null) {
      Map<String, BusinessCalendar> fresh = new HashMap<>();
      TransactionSynchronizationManager.bindResource(READ_IN_TRANSACTION, fresh);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(READ_IN_TRANSACTION);
        }
      });
      read = fresh;
    }
    return read;
  }

  private void forget(String id) {
    if (TransactionSynchronizationManager.getResource(READ_IN_TRANSACTION) instanceof Map<?, ?> read) {
      read.remove(id);
    }
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
    forget(id);
    if (!repository.delete(id)) {
      throw new RecordNotFoundException(RECORD_TYPE, id);
    }
  }
}
