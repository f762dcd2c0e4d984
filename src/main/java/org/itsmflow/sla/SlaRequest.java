package org.itsmflow.sla;

import org.itsmflow.platform.Fields;
import org.itsmflow.platform.InvalidFieldException;

/** Body of PUT /api/slas/{scope}/{priority}; calendar and warning threshold are optional. */
public record SlaRequest(Integer responseMinutes, Integer resolutionMinutes, String calendarId, Integer warningPercent) {

  private static final int MAX_MINUTES = 366 * 24 * 60;
  private static final int DEFAULT_WARNING_PERCENT = 75;

  SlaDefinition validated(String serviceCode, int priority, String defaultCalendar) {
    int response = Fields.range("responseMinutes", responseMinutes, 1, MAX_MINUTES);
    int resolution = Fields.range("resolutionMinutes", resolutionMinutes, 1, MAX_MINUTES);
    if (resolution < response) {
      throw new InvalidFieldException("resolutionMinutes", "must not be shorter than responseMinutes");
    }
    int warning = warningPercent == null ? DEFAULT_WARNING_PERCENT : Fields.range("warningPercent", warningPercent, 1, 99);
    String calendar = calendarId == null || calendarId.isBlank() ? defaultCalendar : calendarId.trim();
    return new SlaDefinition(serviceCode, priority, response, resolution, calendar, warning);
  }
}
