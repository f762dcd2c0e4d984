package org.itsmflow.ports;

/** How the requester side (portal, e-mail) reports an incident for the caller. */
public interface IncidentReports {

  /**
   * What the requester tells: impact and urgency in the incident's scale (1 high to 3 low).
   *
   * @param channel how it came in: {@code portal} or {@code email}
   */
  record Report(String title, String description, String serviceCode, int impact, int urgency, String channel) {}

  /** Records the incident as reported by the caller and starts its process; 400/404 naming the field. */
  String report(Report report);
}
