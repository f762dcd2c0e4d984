package org.itsmflow.workspace;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.itsmflow.platform.InvalidConfigurationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Dates as the viewer reads them: in the viewer's own time zone (the browser's, which the pages
 * keep in a cookie) and always with the zone's name, so "09:00" is never ambiguous. Pages use it
 * as {@code ${@viewerTime.format(instant)}}.
 */
@Component("viewerTime")
public class ViewerTime {

  /** The cookie the pages' script sets from the browser's time zone. */
  static final String COOKIE = "itsm-tz";

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm zzz", Locale.ENGLISH);
  private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  private final ZoneId fallback;

  public ViewerTime(@Value("${itsm.workspace.time-zone:}") String configured) {
    this.fallback = configured == null || configured.isBlank() ? ZoneId.systemDefault() : configuredZone(configured);
  }

  private static ZoneId configuredZone(String configured) {
    try {
      return ZoneId.of(configured.trim());
    } catch (DateTimeException invalid) {
      throw new InvalidConfigurationException("ITSM_TIME_ZONE '" + configured + "' is not a time zone",
          "Set ITSM_TIME_ZONE to a zone id such as Europe/Berlin or America/New_York, or leave it empty for the "
              + "server's zone.");
    }
  }

  /** The viewer's zone: the browser's when it told us a valid one, else the configured one. */
  public ZoneId zone() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
      return zoneOf(attributes.getRequest());
    }
    return fallback;
  }

  ZoneId zoneOf(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if (COOKIE.equals(cookie.getName())) {
          return parse(cookie.getValue());
        }
      }
    }
    return fallback;
  }

  private ZoneId parse(String value) {
    try {
      return value == null || value.isBlank() || value.length() > 64 ? fallback : ZoneId.of(value.replace("%2F", "/"));
    } catch (DateTimeException invalid) {
      return fallback;
    }
  }

  /** For example "Wed 2 Dec 2026, 19:45 CET"; a dash when there is no date. */
  public String format(Instant instant) {
    return instant == null ? "–" : DATE_TIME.format(instant.atZone(zone()));
  }

  /** The zone's id, for the pages' "times in Europe/Berlin". */
  public String zoneName() {
    return zone().getId();
  }

  /** A value for an {@code <input type="datetime-local">}, in the viewer's zone. */
  public String input(Instant instant) {
    return instant == null ? "" : INPUT.format(instant.atZone(zone()));
  }

  /** "in 3 h 20 min" or "45 min ago", against the given moment. */
  public String relative(Instant instant, Instant now) {
    if (instant == null) {
      return "";
    }
    Duration gap = Duration.between(now, instant);
    String span = span(gap.abs());
    return gap.isNegative() ? span + " ago" : "in " + span;
  }

  static String span(Duration duration) {
    long minutes = duration.toMinutes();
    if (minutes < 60) {
      return minutes + " min";
    }
    long hours = minutes / 60;
    if (hours < 48) {
      return hours + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
    }
    return hours / 24 + " d" + (hours % 24 == 0 ? "" : " " + hours % 24 + " h");
  }
}
