package org.itsmflow.request;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.itsmflow.request.RequestProcess.Variables;
import org.springframework.stereotype.Component;

/** What every request form shows, copied from the records whenever they change. */
@Component
class RequestVariables {

  private final Requests requests;
  private final ObjectMapper json;

  RequestVariables(Requests requests, ObjectMapper json) {
    this.requests = requests;
    this.json = json;
  }

  void show(VariableScope scope, String number) {
    ServiceRequest r = requests.get(number);
    RequestItem item = requests.item(r.itemCode());
    scope.setVariable(Variables.NUMBER, r.number());
    scope.setVariable(Variables.TITLE, r.title());
    scope.setVariable(Variables.PRIORITY, item.priority());
    scope.setVariable(Variables.ITEM_CODE, item.code());
    scope.setVariable(Variables.ITEM_NAME, item.name());
    scope.setVariable(Variables.INSTRUCTIONS, item.instructions());
    scope.setVariable(Variables.SERVICE_CODE, r.serviceCode());
    scope.setVariable(Variables.REQUESTED_BY, r.requestedBy());
    scope.setVariable(Variables.FULFILMENT_GROUP, r.fulfilmentGroup());
    scope.setVariable(Variables.STATUS, r.status().id());
    scope.setVariable(Variables.DETAILS, Variables.details(read(r.details())));
    scope.setVariable(Variables.COST, item.cost().doubleValue());
    scope.setVariable(Variables.ITEM_APPROVAL, item.approval());
  }

  private Map<String, String> read(String details) {
    try {
      return json.readValue(details, new TypeReference<java.util.LinkedHashMap<String, String>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Unreadable request details", e);
    }
  }
}
