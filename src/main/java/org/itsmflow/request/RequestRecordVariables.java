package org.itsmflow.request;

import java.util.Map;
import java.util.Set;
import org.itsmflow.record.RecordProcessVariables;
import org.itsmflow.record.RecordType;
import org.springframework.stereotype.Component;

/**
 * service-request keeps {@link RequestProcess.Variables#FLOW}; its forms read item, instructions,
 * service, requester, details and status from the records when they open.
 */
@Component
class RequestRecordVariables implements RecordProcessVariables {

  private final RequestRepository repository;
  private final RequestVariables variables;

  RequestRecordVariables(RequestRepository repository, RequestVariables variables) {
    this.repository = repository;
    this.variables = variables;
  }

  @Override
  public RecordType type() {
    return RecordType.REQUEST;
  }

  @Override
  public Set<String> flow() {
    return RequestProcess.Variables.FLOW;
  }

  @Override
  public Map<String, Object> formFields(String number) {
    return repository.find(number).isPresent() ? variables.formFields(number) : Map.of();
  }
}
