package org.itsmflow.request;

import java.util.Locale;
import org.itsmflow.record.RecordStatus;
import org.itsmflow.record.RecordType;

/** Where a service request stands; the REST API refuses actions the status does not allow (409). */
public enum RequestStatus implements RecordStatus {
  SUBMITTED,
  AWAITING_APPROVAL,
  IN_FULFILMENT,
  /** Waiting for the requester's answer: the SLA clock is paused. */
  AWAITING_REQUESTER,
  /** Fulfilled: the requester confirms (or it closes by itself). */
  FULFILLED,
  CLOSED,
  REJECTED,
  CANCELLED,
  WITHDRAWN;

  @Override
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  @Override
  public boolean isEnded() {
    return RecordType.REQUEST.isEnded(name());
  }
}
