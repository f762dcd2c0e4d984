package org.itsmflow.portal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.itsmflow.platform.ActionNotAllowedException;
import org.itsmflow.platform.EngineClock;
import org.itsmflow.platform.Fields;
import org.itsmflow.ports.RequesterTickets.Ticket;
import org.itsmflow.record.RecordType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customer satisfaction (ISO 20000 8.3.2): the requester rates a closed incident or request once,
 * 1 (very unhappy) to 5 (very happy) with an optional comment. The service and the group that
 * worked it are kept with the rating, so results per service and group stay as they were.
 */
@Component("satisfaction")
public class Satisfaction {

  public record Rating(String number, int rating, String comment, String ratedBy, Instant ratedAt) {}

  private final JdbcTemplate jdbc;

  Satisfaction(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  public Optional<Rating> of(String number) {
    return jdbc.query("SELECT rating, comment, rated_by, rated_at FROM itsm_satisfaction WHERE number = ?",
        (rs, i) -> new Rating(number, rs.getInt(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()),
        number).stream().findFirst();
  }

  /** 400 naming {@code rating} outside 1 to 5; 409 before the ticket is closed or once it is rated. */
  @Transactional
  public Rating rate(Ticket ticket, Integer rating, String comment, String ratedBy) {
    int value = Fields.range("rating", rating, 1, 5);
    String text = Fields.optionalText("comment", comment, 4000);
    if (!"closed".equals(ticket.status())) {
      throw new ActionNotAllowedException(ticket.number(), ticket.status(), "be rated before it is closed");
    }
    Instant now = EngineClock.now();
    int inserted = jdbc.update("""
        INSERT INTO itsm_satisfaction (number, record_type, service_code, working_group, rating, comment, rated_by,
          rated_at)
        SELECT ?, ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM itsm_satisfaction WHERE number = ?)
        """, ticket.number(), RecordType.ofNumber(ticket.number()).map(RecordType::id).orElse(ticket.kind()),
        ticket.serviceCode(), ticket.workingGroup(), value, text, ratedBy, Timestamp.from(now), ticket.number());
    if (inserted == 0) {
      throw new ActionNotAllowedException(ticket.number(), "rated", "be rated again");
    }
    return new Rating(ticket.number(), value, text, ratedBy, now);
  }
}
