package org.itsmflow.change;

import java.util.List;
import org.itsmflow.record.RecordType;
import org.itsmflow.record.WorkLog;
import org.itsmflow.record.WorkLogEntry;
import org.springframework.stereotype.Component;

/** A change's work log: who did what and when, written by every part of change management. */
@Component
class ChangeWorkLog {

  private final WorkLog workLog;

  ChangeWorkLog(WorkLog workLog) {
    this.workLog = workLog;
  }

  void add(String number, String action, String text) {
    workLog.add(RecordType.CHANGE, number, action, text);
  }

  /** For steps a repeated job may run again: the same entry is written once. */
  void once(String number, String action, String text) {
    workLog.once(RecordType.CHANGE, number, action, text);
  }

  boolean has(String number, String action, String text) {
    return workLog.has(number, action, text);
  }

  List<WorkLogEntry> of(String number) {
    return workLog.of(number);
  }
}
