package org.itsmflow.ports;

import java.time.Instant;
import java.util.List;

/** What change management asks of release management: the release windows for its calendar. */
public interface ReleasePort {

  /**
   * A release's deployment window.
   *
   * @param status as the API shows it, e.g. {@code scheduled}
   */
  record ReleaseWindow(String number, String title, String status, Instant windowStart, Instant windowEnd) {}

  /** The windows that overlap [from, to), of releases not cancelled, by start. */
  List<ReleaseWindow> windowsBetween(Instant from, Instant to);
}
