package org.itsmflow.improvement;

import org.camunda.bpm.engine.variable.VariableMap;
import org.itsmflow.improvement.ImprovementProcess.Variables;
import org.itsmflow.ports.ImprovementPort;
import org.itsmflow.record.RecordProcess;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How an opportunity enters the register, whoever brings it (the API, another process): checked
 * like the API, then continual-improvement starts with it and records it.
 */
@Component
class ImprovementIntake implements ImprovementPort {

  private final Improvements improvements;
  private final ImprovementRepository repository;
  private final RecordProcess tasks;

  ImprovementIntake(Improvements improvements, ImprovementRepository repository, RecordProcess tasks) {
    this.improvements = improvements;
    this.repository = repository;
    this.tasks = tasks;
  }

  /** The new improvement's number; 400 naming the field for a bad suggestion. */
  @Transactional
  String register(Improvements.Suggestion suggestion) {
    Improvements.Suggestion s = improvements.validate(suggestion);
    VariableMap variables = org.camunda.bpm.engine.variable.Variables.createVariables()
        // Transient: Task_RecordImprovement writes them to the register in this transaction.
        .putValue(Variables.TITLE, s.title())
        .putValueTyped(Variables.DESCRIPTION, org.camunda.bpm.engine.variable.Variables.stringValue(s.description(), true))
        .putValueTyped(Variables.SOURCE, org.camunda.bpm.engine.variable.Variables.stringValue(s.source(), true))
        .putValueTyped(Variables.SOURCE_REFERENCE,
            org.camunda.bpm.engine.variable.Variables.stringValue(s.sourceReference(), true))
        .putValue(Variables.BENEFIT, s.benefit()).putValue(Variables.EFFORT, s.effort())
        .putValue(Variables.RISK, s.risk()).putValue(Variables.ALIGNMENT, s.alignment());
    return tasks.start(ImprovementProcess.KEY, variables);
  }

  @Override
  @Transactional
  public String register(String title, String description, String source, String sourceReference) {
    return register(new Improvements.Suggestion(title, description, source, sourceReference, null, null, null, null));
  }

  @Override
  @Transactional(readOnly = true)
  public String status(String number) {
    return repository.find(number).map(i -> i.status().id()).orElse(null);
  }
}
