package org.itsmflow.change;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** change-management, Task_ImplementChange (create): the planned start has come. */
@Component("startChangeImplementation")
class StartChangeImplementation implements TaskListener {

  private final Changes changes;

  StartChangeImplementation(Changes changes) {
    this.changes = changes;
  }

  @Override
  public void notify(DelegateTask task) {
    changes.startImplementation(ChangeProcess.Variables.number(task));
  }
}
