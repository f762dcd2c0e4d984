package org.itsmflow.record;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.platform.ActionNotAllowedException;
import org.itsmflow.platform.Fields;
import org.itsmflow.platform.ProcessVariables;
import org.itsmflow.platform.RecordKey;
import org.springframework.stereotype.Component;

/**
 * Task_AddWorkNote, the work-note event subprocess of every record's process but the incident's
 * (whose note also counts as its first response): the note goes to the record's work log, as
 * internal unless the API marked it public.
 */
@Component("addWorkNote")
class AddWorkNote implements JavaDelegate {

  private final Records records;
  private final WorkLog workLog;

  AddWorkNote(Records records, WorkLog workLog) {
    this.records = records;
    this.workLog = workLog;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RecordHeader record = records.lock(RecordKey.of(execution));
    if (record.ended()) {
      throw new ActionNotAllowedException(record.number(), record.status(), "add a work note");
    }
    String text = Fields.text("text", ProcessVariables.text(execution, RecordProcess.NOTE), WorkLog.MAX_TEXT);
    workLog.add(record.type(), record.number(), "work-note", text,
        Visibility.of(execution.getVariable(RecordProcess.NOTE_VISIBILITY)));
  }
}
