package org.itsmflow.sla;

import java.time.Duration;

/**
 * Targets for one service and priority, in business minutes on a calendar.
 *
 * @param serviceCode null for the default SLA, which applies to services without their own
 * @param attainmentPercent the share of its targets that is to be met, e.g. 95
 */
public record SlaDefinition(
    String serviceCode, int priority, int responseMinutes, int resolutionMinutes, String calendarId,
    int warningPercent, int attainmentPercent) {

  public static final String DEFAULT_SCOPE = "default";

  public Duration target(SlaTarget target) {
    return Duration.ofMinutes(target == SlaTarget.RESPONSE ? responseMinutes : resolutionMinutes);
  }

  public String scope() {
    return serviceCode == null ? DEFAULT_SCOPE : serviceCode;
  }
}
