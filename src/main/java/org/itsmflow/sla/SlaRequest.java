package org.itsmflow.sla;

import org.itsmflow.platform.Fields;
import org.itsmflow.platform.InvalidFieldException;

/**
 * Body of PUT /api/slas/{scope}/{priority}; calendar, warning threshold and the share of targets to
 * be met (attainmentPercent, 95 unless agreed otherwise) are optional.
 */
public record SlaRequest(Integer responseMinutes, Integer resolutionMinutes, String calendarId, Integer warningPercent,
    Integer attainmentPercent) {

  public SlaRequest(Integer responseMinutes, Integer resolutionMinutes, String calendarId, Integer warningPercent) {
    this(responseMinutes, resolutionMinutes, calendarId, warningPercent, null);
  }

  private static final int MAX_MINUTES = 366 * 24 * 60;
  private static final int DEFAULT_WARNING_PERCENT = 75;
  private static final int DEFAULT_ATTAINMENT_PERCENT = 95;

  SlaDefinition validated(String serviceCode, int priority, String defaultCalendar) {
    int response = Fields.range("responseMinutes", responseMinutes, 1, MAX_MINUTES);
    int resolution = Fields.range("resolutionMinutes", resolutionMinutes, 1, MAX_MINUTES);
    if (resolution < response) {
      throw new InvalidFieldException("resolutionMinutes", "must not be shorter than responseMinutes");
    }
    int warning = warningPercent == null ? DEFAULT_WARNING_PERCENT : Fields.range("warningPercent", warningPercent, 1, 99);
    String calendar = calendarId == null || calendarId.isBlank() ? defaultCalendar : calendarId.trim();
    int attainment = attainmentPercent == null ? DEFAULT_ATTAINMENT_PERCENT
        : Fields.range("attainmentPercent", attainmentPercent, 1, 100);
    return new SlaDefinition(serviceCode, priority, response, resolution, calendar, warning, attainment);
  }
}
