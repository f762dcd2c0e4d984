package org.itsmflow.request;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.itsmflow.platform.ProcessVariables;
import org.itsmflow.record.RecordProcessVariables;
import org.itsmflow.record.RecordType;
import org.itsmflow.record.RecordTypeVariables;
import org.itsmflow.request.RequestProcess.Variables;
import org.springframework.stereotype.Component;

/**
 * What the flow and Tasklist's lists read, copied from the records whenever they change: number,
 * title, priority, the fulfilment group and the approval decision's inputs. The forms read the
 * rest from the record when they open ({@link #formFields}): this bean is the type's
 * {@link RecordProcessVariables}.
 */
@Component
class RequestVariables extends RecordTypeVariables {

  private final RequestRepository repository;
  private final Requests requests;

  RequestVariables(Requests requests, RequestRepository repository) {
    super(RecordType.REQUEST, RequestProcess.Variables.FLOW);
    this.repository = repository;
    this.requests = requests;
  }

  void show(VariableScope scope, String number) {
    ServiceRequest r = requests.get(number);
    RequestItem item = requests.item(r.itemCode());
    ProcessVariables.keep(scope, Variables.NUMBER, r.number());
    ProcessVariables.keep(scope, Variables.TITLE, r.title());
    ProcessVariables.keep(scope, Variables.PRIORITY, item.priority());
    ProcessVariables.keep(scope, Variables.FULFILMENT_GROUP, r.fulfilmentGroup());
    ProcessVariables.keep(scope, Variables.COST, item.cost().doubleValue());
    ProcessVariables.keep(scope, Variables.ITEM_APPROVAL, item.approval());
  }

  /** The fields the request forms show, as the record has them now. */
  @Override
  public Map<String, Object> formFields(String number) {
    return repository.find(number).map(this::fields).orElse(Map.of());
  }

  private Map<String, Object> fields(ServiceRequest r) {
    RequestItem item = requests.item(r.itemCode());
    Map<String, Object> fields = new HashMap<>();
    fields.put(Variables.ITEM_CODE, item.code());
    fields.put(Variables.ITEM_NAME, item.name());
    fields.put(Variables.INSTRUCTIONS, item.instructions());
    fields.put(Variables.SERVICE_CODE, r.serviceCode());
    fields.put(Variables.REQUESTED_BY, r.requestedBy());
    fields.put(Variables.STATUS, r.status().id());
    fields.put(Variables.DETAILS, Variables.details(repository.details(r)));
    return fields;
  }
}
