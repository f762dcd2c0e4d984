package org.itsmflow.incident;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.itsmflow.notification.Notification;
import org.itsmflow.notification.Notifier;
import org.itsmflow.platform.EngineClock;
import org.springframework.stereotype.Component;

/** incident-management, Task_RequestStatusUpdate: the major incident manager owes stakeholders news. */
@Component("requestMajorIncidentUpdate")
class RequestMajorIncidentUpdate implements JavaDelegate {

  private final Incidents incidents;
  private final Notifier notifier;
  private final IncidentProperties properties;

  RequestMajorIncidentUpdate(Incidents incidents, Notifier notifier, IncidentProperties properties) {
    this.incidents = incidents;
    this.notifier = notifier;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = IncidentProcess.Variables.number(execution);
    // One request per timer occurrence, also if this job runs twice.
    long minute = EngineClock.now().getEpochSecond() / 60;
    if (notifier.send(new Notification("incident:" + number + ":status-update:" + minute, properties.topManagement(),
        "MAJOR_INCIDENT_UPDATE", number, "Status update due for major incident " + number,
        "Send the stakeholders of " + number + " a status update."))) {
      incidents.log(number, "status-update-requested", "Status update to stakeholders requested");
    }
  }
}
