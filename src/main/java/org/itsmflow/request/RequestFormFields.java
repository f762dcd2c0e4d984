package org.itsmflow.request;

import java.util.Map;
import org.itsmflow.record.RecordFormFields;
import org.itsmflow.record.RecordType;
import org.springframework.stereotype.Component;

/** What the request forms show from the record when they open: item, instructions, service, requester, details, status. */
@Component
class RequestFormFields implements RecordFormFields {

  private final RequestRepository repository;
  private final RequestVariables variables;

  RequestFormFields(RequestRepository repository, RequestVariables variables) {
    this.repository = repository;
    this.variables = variables;
  }

  @Override
  public RecordType type() {
    return RecordType.REQUEST;
  }

  @Override
  public Map<String, Object> of(String number) {
    return repository.find(number).isPresent() ? variables.formFields(number) : Map.of();
  }
}
