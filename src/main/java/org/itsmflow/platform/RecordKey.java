package org.itsmflow.platform;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The record a process instance works on, from its business key: a task completion or a
 * message may set variables, but never the business key, so a delegate can trust only this.
 */
public final class RecordKey {

  private RecordKey() {}

  public static String of(VariableScope scope) {
    String key;
    if (scope instanceof DelegateExecution execution) {
      key = execution.getProcessBusinessKey();
    } else if (scope instanceof DelegateTask task) {
      key = task.getExecution().getProcessBusinessKey();
    } else {
      throw new IllegalArgumentException("Not an execution or a task: " + scope);
    }
    if (key == null) {
      throw new IllegalStateException("The process instance has no record yet: its first service task records it");
    }
    return key;
  }
}
