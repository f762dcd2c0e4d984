package org.itsmflow.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.itsmflow.security.RoleGroup;
import org.itsmflow.support.ApplicationTest;
import org.itsmflow.support.Iso20000;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

@Iso20000("8.3.3")
class CalendarApiTest extends ApplicationTest {

  private static final String OFFICE_BERLIN = """
      {"name": "Office hours Berlin", "timeZone": "Europe/Berlin",
       "workingHours": {
         "MONDAY": [{"start": "08:00", "end": "12:00"}, {"start": "13:00", "end": "17:00"}],
         "TUESDAY": [{"start": "08:00", "end": "12:00"}, {"start": "13:00", "end": "17:00"}],
         "WEDNESDAY": [{"start": "08:00", "end": "12:00"}, {"start": "13:00", "end": "17:00"}],
         "THURSDAY": [{"start": "08:00", "end": "12:00"}, {"start": "13:00", "end": "17:00"}],
         "FRIDAY": [{"start": "08:00", "end": "12:00"}, {"start": "13:00", "end": "17:00"}]},
       "holidays": [{"date": "2026-12-24", "yearly": false, "name": "Christmas Eve 2026"},
                    {"date": "2000-12-25", "yearly": true, "name": "Christmas Day"}]}
      """;

  @Autowired BusinessCalendars calendars;
  @Autowired TransactionTemplate transaction;

  @Test
  void serviceOwnerCreatesReplacesAndDeletesACalendar() {
    String owner = user("cal-service-owner", RoleGroup.SERVICE_OWNERS.id());

    assertThat(put(owner, "office-berlin-crud", OFFICE_BERLIN).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    ResponseEntity<JsonNode> replaced = put(owner, "office-berlin-crud", OFFICE_BERLIN.replace("Office hours Berlin", "Berlin desk"));
    assertThat(replaced.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode stored = as(owner).getForObject("/api/calendars/office-berlin-crud", JsonNode.class);
    assertThat(stored.path("name").asText()).isEqualTo("Berlin desk");
    assertThat(stored.path("workingHours").path("MONDAY")).hasSize(2);
    assertThat(stored.path("holidays")).hasSize(2);

    assertThat(as(owner).exchange("/api/calendars/office-berlin-crud", HttpMethod.DELETE, null, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(as(owner).getForEntity("/api/calendars/office-berlin-crud", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void aCalendarIsReadBackAsSavedWithItsHoursAndHolidaysInOrder() {
    Map<DayOfWeek, List<CalendarDefinition.Hours>> hours = new EnumMap<>(DayOfWeek.class);
    hours.put(DayOfWeek.SATURDAY, List.of(new CalendarDefinition.Hours("13:00", "15:00"),
        new CalendarDefinition.Hours("09:00", "12:00")));
    hours.put(DayOfWeek.MONDAY, List.of(new CalendarDefinition.Hours("07:30", "19:00")));
    List<CalendarDefinition.Holiday> holidays = List.of(
        new CalendarDefinition.Holiday(LocalDate.parse("2027-01-01"), false, "New Year 2027"),
        new CalendarDefinition.Holiday(LocalDate.parse("2000-05-01"), true, null),
        new CalendarDefinition.Holiday(LocalDate.parse("2026-12-31"), false, "New Year's Eve"));
    calendars.save(new CalendarDefinition("read-back", "Read back", "Europe/Vienna", hours, holidays));

    CalendarDefinition read = calendars.get("read-back");

    assertThat(read.name()).isEqualTo("Read back");
    assertThat(read.timeZone()).isEqualTo("Europe/Vienna");
    assertThat(read.workingHours()).containsOnlyKeys(DayOfWeek.MONDAY, DayOfWeek.SATURDAY);
    assertThat(read.workingHours().get(DayOfWeek.SATURDAY)).containsExactly(
        new CalendarDefinition.Hours("09:00", "12:00"), new CalendarDefinition.Hours("13:00", "15:00"));
    assertThat(read.workingHours().get(DayOfWeek.MONDAY)).containsExactly(new CalendarDefinition.Hours("07:30", "19:00"));
    assertThat(read.holidays()).containsExactly(holidays.get(1), holidays.get(2), holidays.get(0));

    calendars.save(new CalendarDefinition("read-back", "Holidays only", "UTC", Map.of(), holidays.subList(0, 1)));
    assertThat(calendars.get("read-back").workingHours()).isEmpty();
    assertThat(calendars.get("read-back").holidays()).containsExactly(holidays.get(0));
    calendars.save(new CalendarDefinition("read-back", "Nothing yet", "UTC", Map.of(), List.of()));
    assertThat(calendars.get("read-back")).isEqualTo(
        new CalendarDefinition("read-back", "Nothing yet", "UTC", Map.of(), List.of()));
    calendars.delete("read-back");
  }

  @Test
  void storedCalendarComputesDeadlinesLikeTheDomainModel() {
    String owner = user("cal-service-owner", RoleGroup.SERVICE_OWNERS.id());
    put(owner, "office-berlin-sla", OFFICE_BERLIN);

    BusinessCalendar stored = calendars.calendar("office-berlin-sla");

    assertThat(Calendars.inBerlin(stored.addBusinessTime(Calendars.berlin("2026-12-23T16:00"), Duration.ofHours(2))))
        .isEqualTo("2026-12-28T09:00");
  }

  @Test
  void staffReadButOnlyServiceOwnersWrite() {
    String owner = user("cal-service-owner", RoleGroup.SERVICE_OWNERS.id());
    String agent = user("cal-agent", RoleGroup.SERVICE_DESK.id());
    put(owner, "office-berlin-read", OFFICE_BERLIN);

    assertThat(as(agent).getForEntity("/api/calendars", String.class).getBody()).contains("office-berlin-read");
    assertThat(put(agent, "office-berlin-read", OFFICE_BERLIN).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as(agent).exchange("/api/calendars/office-berlin-read", HttpMethod.DELETE, null, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.getForEntity("/api/calendars", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "name        | \"name\": \"Office hours Berlin\"                         | \"name\": \"\"",
      "timeZone    | \"Europe/Berlin\"                                       | \"Europe/Atlantis\"",
      "workingHours.FUNDAY | \"MONDAY\": [{\"start\": \"08:00\", \"end\": \"12:00\"},  | \"FUNDAY\": [{\"start\": \"08:00\", \"end\": \"12:00\"},",
      "workingHours.TUESDAY[0].end | \"TUESDAY\": [{\"start\": \"08:00\", \"end\": \"12:00\"} | \"TUESDAY\": [{\"start\": \"08:00\", \"end\": \"07:00\"}",
      "workingHours.FRIDAY[0].start | \"FRIDAY\": [{\"start\": \"08:00\" | \"FRIDAY\": [{\"start\": \"8am\"",
      "workingHours | \"WEDNESDAY\": [{\"start\": \"08:00\", \"end\": \"12:00\"} | \"WEDNESDAY\": [{\"start\": \"08:00\", \"end\": \"14:00\"}",
      "holidays[0].date | {\"date\": \"2026-12-24\", | {",
  })
  void invalidInputIsRefusedNamingTheField(String field, String valid, String invalid) {
    String owner = user("cal-service-owner", RoleGroup.SERVICE_OWNERS.id());
    String body = OFFICE_BERLIN.replace(valid.strip(), invalid.strip());
    assertThat(body).isNotEqualTo(OFFICE_BERLIN);

    ResponseEntity<JsonNode> response = put(owner, "office-berlin-invalid", body);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().path("field").asText()).isEqualTo(field);
    assertThat(as(owner).getForEntity("/api/calendars/office-berlin-invalid", String.class).getStatusCode())
        .as("nothing stored").isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void roundTheClockCalendarIsThereFromTheStart() {
    BusinessCalendar roundTheClock = calendars.calendar("24x7");
    java.time.Instant start = Calendars.berlin("2026-12-25T23:00");

    assertThat(roundTheClock.addBusinessTime(start, Duration.ofHours(3))).isEqualTo(start.plus(Duration.ofHours(3)));
  }

  @Test
  void aCalendarIsReadOncePerTransactionAndItsChangesApplyAtOnce() {
    String owner = user("cal-service-owner", RoleGroup.SERVICE_OWNERS.id());
    put(owner, "office-berlin-memo", OFFICE_BERLIN);
    Instant friday = Calendars.berlin("2026-12-04T16:00");

    transaction.executeWithoutResult(status -> {
      BusinessCalendar office = calendars.calendar("office-berlin-memo");
      assertThat(calendars.calendar("office-berlin-memo")).isSameAs(office);
      assertThat(Calendars.inBerlin(office.addBusinessTime(friday, Duration.ofHours(2)))).isEqualTo("2026-12-07T09:00");

      Map<DayOfWeek, List<CalendarDefinition.Hours>> roundTheClock = new EnumMap<>(DayOfWeek.class);
      for (DayOfWeek day : DayOfWeek.values()) {
        roundTheClock.put(day, List.of(new CalendarDefinition.Hours("00:00", "24:00")));
      }
      calendars.save(new CalendarDefinition("office-berlin-memo", "Round the clock now", "Europe/Berlin",
          roundTheClock, List.of()));
      assertThat(calendars.calendar("office-berlin-memo").addBusinessTime(friday, Duration.ofHours(2)))
          .isEqualTo(friday.plus(Duration.ofHours(2)));
    });
    // Nothing is kept beyond the transaction: a change made elsewhere (another node) applies.
    put(owner, "office-berlin-memo", OFFICE_BERLIN);
    assertThat(Calendars.inBerlin(calendars.calendar("office-berlin-memo").addBusinessTime(friday,
        Duration.ofHours(2)))).isEqualTo("2026-12-07T09:00");
    assertThat(calendars.calendar("office-berlin-memo")).isNotSameAs(calendars.calendar("office-berlin-memo"));
  }

  @Test
  void unknownCalendarIs404() {
    String agent = user("cal-agent", RoleGroup.SERVICE_DESK.id());
    String owner = user("cal-service-owner", RoleGroup.SERVICE_OWNERS.id());

    assertThat(as(agent).getForEntity("/api/calendars/no-such-calendar", JsonNode.class).getBody()
        .path("detail").asText()).contains("no-such-calendar");
    assertThat(as(owner).exchange("/api/calendars/no-such-calendar", HttpMethod.DELETE, null, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  private ResponseEntity<JsonNode> put(String user, String id, String json) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return as(user).exchange("/api/calendars/" + id, HttpMethod.PUT, new HttpEntity<>(json, headers), JsonNode.class);
  }
}
