package org.itsmflow.incident;

import java.util.Set;
import org.itsmflow.record.FlowVariables;
import org.itsmflow.record.RecordType;
import org.springframework.stereotype.Component;

/** incident-management keeps {@link IncidentProcess.Variables#FLOW}; a step's other input is transient. */
@Component
class IncidentFlowVariables implements FlowVariables {

  @Override
  public RecordType type() {
    return RecordType.INCIDENT;
  }

  @Override
  public Set<String> names() {
    return IncidentProcess.Variables.FLOW;
  }
}
