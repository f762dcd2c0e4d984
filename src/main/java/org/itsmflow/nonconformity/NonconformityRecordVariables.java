package org.itsmflow.nonconformity;

import java.util.Map;
import java.util.Set;
import org.itsmflow.record.RecordProcessVariables;
import org.itsmflow.record.RecordType;
import org.springframework.stereotype.Component;

/**
 * corrective-action keeps {@link NonconformityProcess.Variables#FLOW}; its forms read the finding,
 * correction, cause and action from the record when they open.
 */
@Component
class NonconformityRecordVariables implements RecordProcessVariables {

  private final NonconformityRepository repository;
  private final NonconformityVariables variables;

  NonconformityRecordVariables(NonconformityRepository repository, NonconformityVariables variables) {
    this.repository = repository;
    this.variables = variables;
  }

  @Override
  public RecordType type() {
    return RecordType.NONCONFORMITY;
  }

  @Override
  public Set<String> flow() {
    return NonconformityProcess.Variables.FLOW;
  }

  @Override
  public Map<String, Object> formFields(String number) {
    return repository.find(number).isPresent() ? variables.formFields(number) : Map.of();
  }
}
