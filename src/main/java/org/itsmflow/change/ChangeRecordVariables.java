package org.itsmflow.change;

import java.util.Map;
import java.util.Set;
import org.itsmflow.record.RecordProcessVariables;
import org.itsmflow.record.RecordType;
import org.springframework.stereotype.Component;

/**
 * change-management keeps {@link ChangeProcess.Variables#FLOW}; its forms read the request, its
 * CIs and plans and the implementation notes from the record when they open.
 */
@Component
class ChangeRecordVariables implements RecordProcessVariables {

  private final ChangeRepository repository;
  private final Changes changes;

  ChangeRecordVariables(ChangeRepository repository, Changes changes) {
    this.repository = repository;
    this.changes = changes;
  }

  @Override
  public RecordType type() {
    return RecordType.CHANGE;
  }

  @Override
  public Set<String> flow() {
    return ChangeProcess.Variables.FLOW;
  }

  @Override
  public Map<String, Object> formFields(String number) {
    return repository.find(number).map(c -> ChangeVariables.formFields(c, changes.affectedCis(number)))
        .orElse(Map.of());
  }
}
