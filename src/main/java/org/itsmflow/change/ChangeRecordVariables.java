package org.itsmflow.change;

import java.util.Map;
import org.itsmflow.record.RecordType;
import org.itsmflow.record.RecordTypeVariables;
import org.springframework.stereotype.Component;

/**
 * change-management keeps {@link ChangeProcess.Variables#FLOW}; its forms read the request, its
 * CIs and plans and the implementation notes from the record when they open.
 */
@Component
class ChangeRecordVariables extends RecordTypeVariables {

  private final ChangeRepository repository;
  private final Changes changes;

  ChangeRecordVariables(ChangeRepository repository, Changes changes) {
    super(RecordType.CHANGE, ChangeProcess.Variables.FLOW);
    this.repository = repository;
    this.changes = changes;
  }

  @Override
  public Map<String, Object> formFields(String number) {
    return repository.find(number).map(c -> ChangeVariables.formFields(c, changes.affectedCis(number)))
        .orElse(Map.of());
  }
}
