package org.itsmflow.record;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.itsmflow.platform.EngineAsSystem;
import org.springframework.stereotype.Service;

/**
 * A record's story for its page: its own work log merged with what the engine's history keeps of
 * its process (tasks with who claimed and completed them, decisions with their inputs and
 * outputs), newest first. The history is read as the system: whoever may read the record may
 * read how it was handled.
 */
@Service
public class Timeline {

  /** One line: when, what kind (note, log, task, decision), what happened, who, details. */
  public record Entry(Instant at, String kind, String what, String who, String text) {}

  private final HistoryService history;
  private final EngineAsSystem engine;

  Timeline(HistoryService history, EngineAsSystem engine) {
    this.history = history;
    this.engine = engine;
  }

  public List<Entry> of(String processInstanceId, List<WorkLogEntry> workLog) {
    List<Entry> entries = new ArrayList<>();
    for (WorkLogEntry line : workLog) {
      boolean note = "work-note".equals(line.action());
      String what = readable(line.action()) + ("public".equals(line.visibility()) ? " (visible to the requester)" : "");
      entries.add(new Entry(line.at(), note ? "note" : "log", what, line.by(), line.text()));
    }
    if (processInstanceId != null) {
      engine.run(() -> {
        tasks(processInstanceId, entries);
        decisions(processInstanceId, entries);
      });
    }
    entries.sort(Comparator.comparing(Entry::at, Comparator.nullsLast(Comparator.naturalOrder())).reversed());
    return entries;
  }

  private void tasks(String processInstanceId, List<Entry> entries) {
    for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId)
        .list()) {
      entries.add(new Entry(instant(task.getStartTime()), "task", "Task opened: " + task.getName(), null, null));
      if (task.getEndTime() != null) {
        boolean completed = "completed".equals(task.getDeleteReason());
        entries.add(new Entry(instant(task.getEndTime()), "task",
            (completed ? "Task completed: " : "Task ended: ") + task.getName(), task.getAssignee(), null));
      }
    }
  }

  private void decisions(String processInstanceId, List<Entry> entries) {
    for (HistoricDecisionInstance decision : history.createHistoricDecisionInstanceQuery()
        .processInstanceId(processInstanceId).includeInputs().includeOutputs().list()) {
      String inputs = decision.getInputs().stream().map(Timeline::input).collect(Collectors.joining(", "));
      String outputs = decision.getOutputs().stream().map(Timeline::output).collect(Collectors.joining(", "));
      entries.add(new Entry(instant(decision.getEvaluationTime()), "decision", "Decision: " + decision.getDecisionDefinitionName(),
          null, inputs + " → " + (outputs.isEmpty() ? "no rule matched" : outputs)));
    }
  }

  private static String input(HistoricDecisionInputInstance input) {
    return (input.getClauseName() == null ? input.getClauseId() : input.getClauseName()) + " "
        + (input.getValue() == null ? "none" : input.getValue());
  }

  private static String output(HistoricDecisionOutputInstance output) {
    return (output.getClauseName() == null ? output.getVariableName() : output.getClauseName()) + " " + output.getValue();
  }

  private static Instant instant(java.util.Date date) {
    return date == null ? null : date.toInstant();
  }

  /** "attachment-added" reads "Attachment added". */
  static String readable(String action) {
    String words = action.replace('-', ' ');
    return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
