package org.itsmflow.improvement;

import java.util.Map;
import java.util.Set;
import org.itsmflow.record.RecordProcessVariables;
import org.itsmflow.record.RecordType;
import org.springframework.stereotype.Component;

/**
 * continual-improvement keeps {@link ImprovementProcess.Variables#FLOW}; its forms read the
 * suggestion, the plan and the measured outcome from the register when they open.
 */
@Component
class ImprovementRecordVariables implements RecordProcessVariables {

  private final ImprovementRepository repository;
  private final ImprovementVariables variables;

  ImprovementRecordVariables(ImprovementRepository repository, ImprovementVariables variables) {
    this.repository = repository;
    this.variables = variables;
  }

  @Override
  public RecordType type() {
    return RecordType.IMPROVEMENT;
  }

  @Override
  public Set<String> flow() {
    return ImprovementProcess.Variables.FLOW;
  }

  @Override
  public Map<String, Object> formFields(String number) {
    return repository.find(number).isPresent() ? variables.formFields(number) : Map.of();
  }
}
