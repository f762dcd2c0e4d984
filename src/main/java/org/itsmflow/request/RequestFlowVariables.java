package org.itsmflow.request;

import java.util.Set;
import org.itsmflow.record.FlowVariables;
import org.itsmflow.record.RecordType;
import org.springframework.stereotype.Component;

/** service-request keeps {@link RequestProcess.Variables#FLOW}; a step's other input is transient. */
@Component
class RequestFlowVariables implements FlowVariables {

  @Override
  public RecordType type() {
    return RecordType.REQUEST;
  }

  @Override
  public Set<String> names() {
    return RequestProcess.Variables.FLOW;
  }
}
