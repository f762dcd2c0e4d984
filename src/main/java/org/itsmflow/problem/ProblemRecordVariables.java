package org.itsmflow.problem;

import java.util.Map;
import java.util.Set;
import org.itsmflow.record.RecordProcessVariables;
import org.itsmflow.record.RecordType;
import org.springframework.stereotype.Component;

/**
 * problem-management keeps {@link ProblemProcess.Variables#FLOW}; its forms read the report, the
 * linked incidents, the analyses, root cause, workaround, known error and fix change from the
 * records when they open.
 */
@Component
class ProblemRecordVariables implements RecordProcessVariables {

  private final ProblemRepository repository;
  private final ProblemVariables variables;

  ProblemRecordVariables(ProblemRepository repository, ProblemVariables variables) {
    this.repository = repository;
    this.variables = variables;
  }

  @Override
  public RecordType type() {
    return RecordType.PROBLEM;
  }

  @Override
  public Set<String> flow() {
    return ProblemProcess.Variables.FLOW;
  }

  @Override
  public Map<String, Object> formFields(String number) {
    return repository.find(number).isPresent() ? variables.formFields(number) : Map.of();
  }
}
