package org.itsmflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.itsmflow.platform.EngineClock;
import org.itsmflow.security.RoleGroup;
import org.itsmflow.support.ApplicationTest;
import org.itsmflow.support.Fixtures;
import org.itsmflow.support.Iso20000;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Each measure against a data set whose answers are worked out by hand (in the comments), for
 * November 2026 on a service of its own: six incidents (one reported in October, one not yet
 * triaged, one reopened), their SLA clocks with business time that differs from wall time (time on
 * hold), a service request's clock, ratings and changes; and an empty month.
 */
@Iso20000({"9.1", "8.3.2"})
class ReportMeasuresTest extends ApplicationTest {

  // Numbers of this test's own ("INC-R..."): other tests insert numbered records of their own.
  private static final AtomicInteger NUMBERS = new AtomicInteger(10000);
  private static final String NOVEMBER = "from=2026-11-01T00:00:00Z&to=2026-12-01T00:00:00Z";

  @Autowired JdbcTemplate jdbc;
  @Autowired Measures measures;

  private String service;
  private String manager;
  /** The data set's changes: C1 normal successful, C2 emergency failed, C3 emergency successful, C4 withdrawn. */
  private final java.util.List<String> changes = new java.util.ArrayList<>();

  @BeforeEach
  void dataSet() {
    service = Fixtures.service(jdbc, 3);
    manager = user("report-manager", RoleGroup.SERVICE_OWNERS.id());
    // I1: phone, P3, network, resolved by the service desk within 2 hours.
    String i1 = incident("2026-11-02T10:00:00Z", 3, "network", "phone", "2026-11-02T12:00:00Z", "service-desk");
    // I2: portal, P2, network, escalated to 2nd level, resolved four days later.
    String i2 = incident("2026-11-05T09:00:00Z", 2, "network", "portal", "2026-11-09T09:00:00Z", "support-2nd-level");
    log(i2, "escalated");
    // I3: e-mail, P2, no category, reopened once, resolved by the service desk.
    String i3 = incident("2026-11-10T08:00:00Z", 2, null, "email", "2026-11-20T08:00:00Z", "service-desk");
    log(i3, "reopened");
    // I4: portal, P3, hardware, open at the end of November: 36 hours old.
    incident("2026-11-28T12:00:00Z", 3, "hardware", "portal", null, "service-desk");
    // I5: reported in October, still open: over 30 days old; not in November's volume.
    incident("2026-10-15T08:00:00Z", 4, "hardware", "phone", null, "service-desk");
    // I6: not triaged yet (no priority), 4 hours old at the end of November, resolved in December.
    incident("2026-11-30T20:00:00Z", null, null, "phone", "2026-12-02T09:00:00Z", "service-desk");

    // SLA clocks: business seconds used (banked) differ from wall time where the incident waited.
    clock(i1, "RESPONSE", 3, 1200, "2026-11-02T10:20:00Z", false);
    clock(i1, "RESOLUTION", 3, 7200, "2026-11-02T12:00:00Z", false);
    clock(i2, "RESPONSE", 2, 1800, "2026-11-05T09:30:00Z", false);
    clock(i2, "RESOLUTION", 2, 5400, "2026-11-09T09:00:00Z", true);
    clock(i3, "RESOLUTION", 2, 36000, "2026-11-20T08:00:00Z", false);
    clock("REQ-R" + NUMBERS.incrementAndGet(), "RESOLUTION", 4, 3000, "2026-11-15T10:00:00Z", false);
    clock(i3, "RESPONSE", 2, 600, "2026-10-31T23:00:00Z", false);

    rating(5, "service-desk", "incident", "2026-11-03T09:00:00Z");
    rating(4, "service-desk", "incident", "2026-11-21T09:00:00Z");
    rating(1, "support-2nd-level", "request", "2026-11-16T09:00:00Z");
    rating(2, "support-2nd-level", "request", "2026-12-01T00:00:00Z");

    changes.clear();
    changes.add(change("NORMAL", "successful", "2026-11-06T18:00:00Z"));
    changes.add(change("EMERGENCY", "failed", "2026-11-12T18:00:00Z"));
    changes.add(change("EMERGENCY", "successful", "2026-11-13T18:00:00Z"));
    changes.add(change("NORMAL", null, "2026-11-14T18:00:00Z"));
  }

  @Test
  void incidentVolumeCountsTheIncidentsReportedInThePeriodPerGroup() {
    // I1, I2, I3, I4, I6; I5 was reported in October.
    assertThat(counts("incident-volume", "service", "incidents")).containsExactly(Map.entry(service, 5L));
    assertThat(counts("incident-volume", "priority", "incidents"))
        .containsExactly(Map.entry("2", 2L), Map.entry("3", 2L), Map.entry("none", 1L));
    assertThat(counts("incident-volume", "channel", "incidents"))
        .containsExactly(Map.entry("email", 1L), Map.entry("phone", 2L), Map.entry("portal", 2L));
    assertThat(counts("incident-volume", "category", "incidents"))
        .containsExactly(Map.entry("hardware", 1L), Map.entry("network", 2L), Map.entry("none", 2L));
  }

  @Test
  void theBacklogIsWhatWasStillOpenAtTheEndOfThePeriodByAge() {
    // I6 (4 h), I4 (36 h), I5 (47 days); I2 and I3 were resolved in November, I1 too.
    assertThat(counts("incident-backlog", "age", "open")).containsExactly(Map.entry("under 1 day", 1L),
        Map.entry("1-3 days", 1L), Map.entry("3-7 days", 0L), Map.entry("7-30 days", 0L),
        Map.entry("over 30 days", 1L));
    assertThat(counts("incident-backlog", "priority", "open"))
        .containsExactly(Map.entry("3", 1L), Map.entry("4", 1L), Map.entry("none", 1L));
  }

  @Test
  void firstContactResolutionAndReopenRateAreSharesOfTheIncidentsResolvedInThePeriod() {
    // Resolved in November: I1, I2, I3. First contact: I1 and I3 (I2 was escalated): 2 of 3.
    JsonNode fcr = series("first-contact-resolution", "service").path("rows").get(0).path("values");
    assertThat(fcr.path("resolved").asInt()).isEqualTo(3);
    assertThat(fcr.path("firstContact").asInt()).isEqualTo(2);
    assertThat(fcr.path("rate").asDouble()).isEqualTo(66.7);
    // Reopened: I3, 1 of 3.
    JsonNode reopen = series("incident-reopen-rate", "service").path("rows").get(0).path("values");
    assertThat(reopen.path("reopened").asInt()).isEqualTo(1);
    assertThat(reopen.path("rate").asDouble()).isEqualTo(33.3);
  }

  @Test
  void timesAreBusinessMinutesWithMeanAndNinetiethPercentile() {
    // Resolution minutes 120 (I1), 90 (I2: four days, mostly on hold), 600 (I3): mean 270, p90 the 3rd of 3.
    JsonNode all = series("incident-resolution-time", "service").path("rows").get(0).path("values");
    assertThat(all.path("records").asInt()).isEqualTo(3);
    assertThat(all.path("meanMinutes").asDouble()).isEqualTo(270.0);
    assertThat(all.path("p90Minutes").asLong()).isEqualTo(600);
    JsonNode byPriority = series("incident-resolution-time", "priority").path("rows");
    assertThat(byPriority.get(0).path("key").asText()).isEqualTo("2");
    assertThat(byPriority.get(0).path("values").path("meanMinutes").asDouble()).isEqualTo(345.0);
    assertThat(byPriority.get(1).path("values").path("p90Minutes").asLong()).isEqualTo(120);
    // Response: 20 and 30 minutes (I3's response stopped in October).
    JsonNode response = series("incident-response-time", "service").path("rows").get(0).path("values");
    assertThat(response.path("meanMinutes").asDouble()).isEqualTo(25.0);
    assertThat(response.path("p90Minutes").asLong()).isEqualTo(30);
    assertThat(series("request-fulfilment-time", "service").path("rows").get(0).path("values")
        .path("meanMinutes").asDouble()).isEqualTo(50.0);
  }

  @Test
  void slaAttainmentIsMetOverMetAndBreached() {
    // Response 2 met; resolution 3 met (I1, I3, the request) and 1 breached (I2).
    JsonNode rows = series("sla-attainment", "target").path("rows");
    assertThat(rows.get(0).path("key").asText()).isEqualTo("resolution");
    assertThat(rows.get(0).path("values").path("attainment").asDouble()).isEqualTo(75.0);
    assertThat(rows.get(1).path("key").asText()).isEqualTo("response");
    assertThat(rows.get(1).path("values").path("attainment").asDouble()).isEqualTo(100.0);
    assertThat(series("sla-attainment", "service").path("rows").get(0).path("values").path("attainment")
        .asDouble()).isEqualTo(83.3);
    // Against the agreed share: the default SLAs ask 95 %; the service's own SLA for priority 2 asks 99 %.
    assertThat(series("sla-attainment", "service").path("rows").get(0).path("values").path("agreed").asInt())
        .isEqualTo(95);
    jdbc.update("INSERT INTO itsm_sla (service_code, priority, response_minutes, resolution_minutes, calendar_id, "
        + "warning_percent, attainment_percent) VALUES (?, 2, 30, 240, '24x7', 75, 99)", service);
    assertThat(counts("sla-attainment", "priority", "agreed")).containsExactly(Map.entry("2", 99L),
        Map.entry("3", 95L), Map.entry("4", 95L));
    assertThat(series("sla-attainment", "service").path("rows").get(0).path("values").path("agreed").asInt())
        .as("the highest of the group's").isEqualTo(99);
  }

  @Test
  void satisfactionAndChangeSuccessPerGroup() {
    // Ratings in November 5, 4 and 1 (the 2 came on 1 December): mean 3.33, one unhappy.
    JsonNode satisfaction = series("satisfaction", "service").path("rows").get(0).path("values");
    assertThat(satisfaction.path("ratings").asInt()).isEqualTo(3);
    assertThat(satisfaction.path("average").asDouble()).isEqualTo(3.33);
    assertThat(satisfaction.path("unhappy").asInt()).isEqualTo(1);
    JsonNode byGroup = series("satisfaction", "group").path("rows");
    assertThat(byGroup.get(0).path("key").asText()).isEqualTo("service-desk");
    assertThat(byGroup.get(0).path("values").path("average").asDouble()).isEqualTo(4.5);
    assertThat(byGroup.get(1).path("values").path("unhappyShare").asDouble()).isEqualTo(100.0);
    // Changes with an outcome: 2 successful of 3, 2 emergency of 3; the withdrawn one does not count.
    JsonNode changes = series("change-success", "service").path("rows").get(0).path("values");
    assertThat(changes.path("successRate").asDouble()).isEqualTo(66.7);
    assertThat(changes.path("emergencyShare").asDouble()).isEqualTo(66.7);
    assertThat(series("change-success", "category").path("rows").get(0).path("key").asText()).isEqualTo("emergency");
  }

  @Test
  void majorIncidentsCountTheirClosedOnesAndTheReviewsRecorded() {
    String other = Fixtures.service(jdbc, 1);
    String reviewed = incident(other, "2026-11-04T08:00:00Z", 1, "CLOSED", true);
    incident(other, "2026-11-08T08:00:00Z", 1, "CLOSED", true);
    incident(other, "2026-11-12T08:00:00Z", 2, "IN_PROGRESS", true);
    incident(other, "2026-11-12T09:00:00Z", 2, "CLOSED", false);
    jdbc.update("INSERT INTO itsm_major_incident_review (number, reviewed_at, reviewed_by, timeline, cause, actions, "
        + "improvements) VALUES (?, CURRENT_TIMESTAMP, 'someone', 't', 'c', 'a', 'i')", reviewed);

    // Three major incidents, two closed, one of those reviewed: 50 %; the fourth was not major.
    JsonNode row = get("/api/reports/major-incidents?" + NOVEMBER + "&service=" + other).path("rows").get(0);
    assertThat(row.path("values").path("major").asInt()).isEqualTo(3);
    assertThat(row.path("values").path("closed").asInt()).isEqualTo(2);
    assertThat(row.path("values").path("reviewRate").asDouble()).isEqualTo(50.0);
  }

  @Test
  void theMonthlyServiceReportIsAPdfWithTheOwnersTextTheTablesAndTheTrend() throws Exception {
    ResponseEntity<JsonNode> commented = org.itsmflow.support.Json.send(as(manager),
        org.springframework.http.HttpMethod.PUT, "/api/reports/services/" + service + "/2026-11/comment",
        "{\"text\": \"A quiet month; one resolution target missed (I2, on hold for parts).\"}");
    assertThat(commented.getStatusCode()).as(String.valueOf(commented.getBody())).isEqualTo(HttpStatus.OK);
    assertThat(commented.getBody().path("trend")).hasSize(12);

    ResponseEntity<byte[]> pdf = as(manager).getForEntity("/api/reports/services/" + service + "/2026-11/pdf",
        byte[].class);
    assertThat(pdf.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
    String text;
    try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.getBody())) {
      text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
    }
    assertThat(text).contains("Service report: Test service (" + service + ")").contains("November 2026")
        .contains("A quiet month; one resolution target missed").contains("SLA targets")
        .contains("resolution 3 1 75.0").contains("response 2 0 100.0")
        .contains("Requester satisfaction").contains("service-desk 2 4.5 0 0.0")
        .contains("SLA attainment, the last twelve months").contains("October 2026 100.0")
        .contains("November 2026 83.3").contains("December 2025 no targets");

    assertThat(org.itsmflow.support.Json.send(as(user("report-agent", RoleGroup.SERVICE_DESK.id())),
        org.springframework.http.HttpMethod.PUT, "/api/reports/services/" + service + "/2026-11/comment",
        "{\"text\": \"x\"}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(org.itsmflow.support.Json.send(as(manager), org.springframework.http.HttpMethod.PUT,
        "/api/reports/services/" + service + "/2026-11/comment", "{}").getBody().path("field").asText())
        .isEqualTo("text");
    assertThat(as(manager).getForEntity("/api/reports/services/" + service + "/November", JsonNode.class).getBody()
        .path("field").asText()).isEqualTo("month");
    assertThat(as(manager).getForEntity("/api/reports/services/NO-SUCH/2026-11", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void problemsRaisedClosedAndOpenWithTheirMeanAge() {
    problem("2026-10-01T00:00:00Z", null, 2);   // open at the end: 61 days old
    problem("2026-11-10T00:00:00Z", "2026-11-20T00:00:00Z", 2);   // raised and closed in November
    problem("2026-11-25T00:00:00Z", null, null);   // open at the end: 6 days old
    problem("2026-09-01T00:00:00Z", "2026-10-15T00:00:00Z", 3);   // closed before November: not counted

    JsonNode all = series("problems", "service").path("rows").get(0).path("values");
    assertThat(all.path("raised").asInt()).isEqualTo(2);
    assertThat(all.path("closed").asInt()).isEqualTo(1);
    assertThat(all.path("open").asInt()).isEqualTo(2);
    assertThat(all.path("meanAgeDays").asDouble()).isEqualTo(33.5);
    JsonNode byPriority = series("problems", "priority").path("rows");
    assertThat(byPriority).hasSize(2);
    assertThat(byPriority.get(0).path("key").asText()).isEqualTo("2");
    assertThat(byPriority.get(0).path("values").path("meanAgeDays").asDouble()).isEqualTo(61.0);
    assertThat(byPriority.get(1).path("key").asText()).isEqualTo("none");
  }

  @Test
  void theImprovementRegisterAndNonconformitiesOpenAndOverdue() {
    // March 2001: no other test's records are that old.
    String march = "from=2001-03-01T00:00:00Z&to=2001-04-01T00:00:00Z";
    improvement("2001-02-01T00:00:00Z", "PROPOSED", "audit", null);
    improvement("2001-03-05T00:00:00Z", "CLOSED", "audit", "2001-03-20T00:00:00Z");
    improvement("2001-03-10T00:00:00Z", "PROPOSED", "complaint", null);
    improvement("2001-04-02T00:00:00Z", "PROPOSED", "audit", null);
    JsonNode register = get("/api/reports/improvements?" + march + "&groupBy=status").path("rows");
    assertThat(register.get(0).path("key").asText()).isEqualTo("closed");
    assertThat(register.get(0).path("values").path("closedInPeriod").asInt()).isEqualTo(1);
    assertThat(register.get(1).path("key").asText()).isEqualTo("proposed");
    assertThat(register.get(1).path("values").path("registered").asInt()).isEqualTo(2);
    assertThat(register.get(1).path("values").path("newInPeriod").asInt()).isEqualTo(1);

    nonconformity("2001-02-10T00:00:00Z", "MAJOR", "2001-03-15T00:00:00Z", null);   // open and overdue
    nonconformity("2001-03-10T00:00:00Z", "MINOR", "2001-04-20T00:00:00Z", null);   // open, not due yet
    nonconformity("2001-03-02T00:00:00Z", "MAJOR", "2001-03-20T00:00:00Z", "2001-03-25T00:00:00Z");
    JsonNode bySeverity = get("/api/reports/nonconformities?" + march + "&groupBy=severity").path("rows");
    assertThat(bySeverity.get(0).path("key").asText()).isEqualTo("major");
    assertThat(bySeverity.get(0).path("values").path("recorded").asInt()).isEqualTo(1);
    assertThat(bySeverity.get(0).path("values").path("open").asInt()).isEqualTo(1);
    assertThat(bySeverity.get(0).path("values").path("overdue").asInt()).isEqualTo(1);
    assertThat(bySeverity.get(1).path("key").asText()).isEqualTo("minor");
    assertThat(bySeverity.get(1).path("values").path("overdue").asInt()).isEqualTo(0);
  }

  @Test
  void everySeriesIsAlsoACsvForASpreadsheet() {
    ResponseEntity<String> csv = as(manager).getForEntity("/api/reports/incident-volume?format=csv&groupBy=channel&"
        + NOVEMBER + "&service=" + service, String.class);
    assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
    assertThat(csv.getHeaders().getFirst("Content-Disposition")).contains("incident-volume-2026-11-01.csv");
    assertThat(csv.getBody()).isEqualTo("channel,incidents\r\nemail,1\r\nphone,2\r\nportal,2\r\n");
    assertThat(Csv.cell("=cmd|x,y")).isEqualTo("\"'=cmd|x,y\"");
  }

  @Test
  void anEmptyMonthHasNoRowsAndNoRatesButTheBacklogBucketsAtZero() {
    String june = "from=2026-06-01&to=2026-07-01&service=" + service;
    assertThat(get("/api/reports/incident-volume?" + june).path("rows")).isEmpty();
    assertThat(get("/api/reports/incident-resolution-time?" + june).path("rows")).isEmpty();
    assertThat(get("/api/reports/satisfaction?" + june).path("rows")).isEmpty();
    assertThat(get("/api/reports/incident-backlog?" + june).path("rows").findValuesAsText("open"))
        .containsOnly("0").hasSize(5);
  }

  @Test
  void theApiDefaultsToThisMonthListsItsMeasuresAndRefusesWhatItCannotAnswer() {
    JsonNode thisMonth = get("/api/reports/incident-volume?service=" + service);
    LocalDate first = LocalDate.ofInstant(EngineClock.now(), java.time.ZoneId.systemDefault()).withDayOfMonth(1);
    assertThat(Instant.parse(thisMonth.path("from").asText()))
        .isEqualTo(first.atStartOfDay(java.time.ZoneId.systemDefault()).toInstant());
    assertThat(thisMonth.path("groupBy").asText()).isEqualTo("service");
    assertThat(thisMonth.path("formula").asText()).startsWith("The incidents whose reported time");
    assertThat(as(manager).getForObject("/api/reports", JsonNode.class).findValuesAsText("name"))
        .contains("incident-volume", "incident-backlog", "first-contact-resolution", "incident-reopen-rate",
            "incident-response-time", "incident-resolution-time", "request-fulfilment-time", "sla-attainment",
            "satisfaction", "change-success");

    assertThat(status("/api/reports/no-such-measure")).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(field("/api/reports/incident-volume?groupBy=colour")).isEqualTo("groupBy");
    assertThat(field("/api/reports/incident-volume?from=2026-11-02&to=2026-11-01")).isEqualTo("to");
    assertThat(field("/api/reports/incident-volume?from=2020-01-01&to=2026-01-02")).isEqualTo("to");
    assertThat(field("/api/reports/incident-volume?from=last+week")).isEqualTo("from");
    assertThat(as(user("report-requester")).getForEntity("/api/reports/incident-volume", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void aMonthWithTheSwitchFromSummerTimeIsReadInTheReportingZone() {
    // October 2026 in Berlin runs from 1 October 00:00 CEST (30 September 22:00 UTC) to 1 November
    // 00:00 CET (31 October 23:00 UTC): the clocks went back on 25 October, so the month has one
    // hour more, and its last UTC hour belongs to it. In UTC the first and last incident below fall
    // in other months.
    String dst = Fixtures.service(jdbc, 3);
    String saved = service;
    service = dst;
    try {
      incident("2026-09-30T22:30:00Z", 3, null, "phone", null, "service-desk");
      incident("2026-10-25T00:30:00Z", 3, null, "phone", null, "service-desk");
      incident("2026-10-25T01:30:00Z", 3, null, "phone", null, "service-desk");
      incident("2026-10-31T22:30:00Z", 3, null, "phone", null, "service-desk");
      incident("2026-10-31T23:30:00Z", 3, null, "phone", null, "service-desk");
    } finally {
      service = saved;
    }
    Measures.Series berlin = measures.compute("incident-volume", "2026-10-01", "2026-11-01", dst, "service",
        java.time.ZoneId.of("Europe/Berlin"));
    assertThat(berlin.from()).isEqualTo(Instant.parse("2026-09-30T22:00:00Z"));
    assertThat(berlin.to()).isEqualTo(Instant.parse("2026-10-31T23:00:00Z"));
    assertThat(berlin.rows()).singleElement().satisfies(row -> assertThat(row.values().get("incidents")).isEqualTo(4L));
    Measures.Series utc = measures.compute("incident-volume", "2026-10-01", "2026-11-01", dst, "service",
        ZoneOffset.UTC);
    assertThat(utc.rows()).singleElement().satisfies(row -> assertThat(row.values().get("incidents")).isEqualTo(4L));
    Measures.Series november = measures.compute("incident-volume", "2026-11-01", "2026-12-01", dst, "service",
        java.time.ZoneId.of("Europe/Berlin"));
    assertThat(november.rows()).singleElement().satisfies(row -> assertThat(row.values().get("incidents"))
        .as("the one at 00:30 CET on 1 November").isEqualTo(1L));
  }

  @Test
  void changesThatCausedIncidentsAndChangesPlannedIntoAFreeze() {
    // C2 (emergency, failed) caused two incidents, C1 (normal) one; C4 was withdrawn: its link does not count.
    causedBy(changes.get(1), "2026-11-12T19:00:00Z");
    causedBy(changes.get(1), "2026-11-12T20:00:00Z");
    causedBy(changes.get(0), "2026-11-07T09:00:00Z");
    causedBy(changes.get(3), "2026-11-15T09:00:00Z");
    JsonNode caused = series("changes-causing-incidents", "service").path("rows").get(0).path("values");
    assertThat(caused.path("changes").asInt()).isEqualTo(3);
    assertThat(caused.path("causedIncidents").asInt()).isEqualTo(2);
    assertThat(caused.path("incidents").asInt()).isEqualTo(3);
    assertThat(caused.path("causedShare").asDouble()).isEqualTo(66.7);
    JsonNode byCategory = series("changes-causing-incidents", "category").path("rows");
    assertThat(byCategory.get(0).path("key").asText()).isEqualTo("emergency");
    assertThat(byCategory.get(0).path("values").path("causedShare").asDouble()).isEqualTo(50.0);
    assertThat(byCategory.get(1).path("values").path("causedShare").asDouble()).isEqualTo(100.0);

    // A freeze of the service over C2, one of all services over C4 (withdrawn), one of another service over C1.
    freeze("2026-11-12T00:00:00Z", "2026-11-13T00:00:00Z", service);
    freeze("2026-11-14T00:00:00Z", "2026-11-15T00:00:00Z", null);
    freeze("2026-11-06T00:00:00Z", "2026-11-07T00:00:00Z", Fixtures.service(jdbc, 3));
    // Planned in November and not withdrawn: C1, C2, C3; in a freeze: C2, an emergency change.
    JsonNode frozen = series("freeze-collisions", "service").path("rows").get(0).path("values");
    assertThat(frozen.path("planned").asInt()).isEqualTo(3);
    assertThat(frozen.path("inFreeze").asInt()).isEqualTo(1);
    assertThat(frozen.path("emergencyInFreeze").asInt()).isEqualTo(1);
    assertThat(frozen.path("inFreezeShare").asDouble()).isEqualTo(33.3);
    assertThat(series("freeze-collisions", "category").path("rows").get(1).path("values").path("inFreeze").asInt())
        .as("normal").isZero();
  }

  @Test
  void knownErrorsCountOnlyTheIncidentsMatchedAfterTheirPublication() {
    String ke1 = knownError("2026-11-10T00:00:00Z");
    String ke2 = knownError("2026-11-01T00:00:00Z");
    // KE1: one incident linked while its problem was investigated (before publication), two after, one in December.
    matched(ke1, "2026-11-08T00:00:00Z");
    matched(ke1, "2026-11-12T00:00:00Z");
    matched(ke1, "2026-11-20T00:00:00Z");
    matched(ke1, "2026-12-02T00:00:00Z");
    matched(ke2, "2026-11-15T00:00:00Z");

    JsonNode all = series("known-errors-used", "service").path("rows").get(0).path("values");
    assertThat(all.path("incidents").asInt()).isEqualTo(3);
    assertThat(all.path("knownErrors").asInt()).isEqualTo(2);
    assertThat(counts("known-errors-used", "known-error", "incidents")).containsExactly(Map.entry(ke1, 2L),
        Map.entry(ke2, 1L));
  }

  @Test
  void releaseDeploymentsComeFromTheReleasesWorkLogsPerType() {
    // May 2033, a month no other test writes releases in.
    String major = release("major");
    String emergency = release("emergency");
    releaseLog(major, "window-opened", "2033-05-03T20:00:00Z");
    releaseLog(major, "rolled-back", "2033-05-03T23:00:00Z");
    releaseLog(major, "window-opened", "2033-05-10T20:00:00Z");
    releaseLog(major, "early-life-support", "2033-05-10T22:00:00Z");
    releaseLog(major, "problem-raised", "2033-05-14T08:00:00Z");
    releaseLog(emergency, "window-opened", "2033-05-20T20:00:00Z");
    releaseLog(emergency, "early-life-support", "2033-05-20T21:00:00Z");
    releaseLog(emergency, "window-opened", "2033-06-01T20:00:00Z");

    JsonNode rows = get("/api/reports/release-deployments?from=2033-05-01T00:00:00Z&to=2033-06-01T00:00:00Z")
        .path("rows");
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).path("key").asText()).isEqualTo("emergency");
    assertThat(rows.get(0).path("values").path("deployments").asInt()).isEqualTo(1);
    assertThat(rows.get(0).path("values").path("successRate").asDouble()).isEqualTo(100.0);
    JsonNode majorValues = rows.get(1).path("values");
    assertThat(majorValues.path("deployments").asInt()).isEqualTo(2);
    assertThat(majorValues.path("succeeded").asInt()).isEqualTo(1);
    assertThat(majorValues.path("rolledBack").asInt()).isEqualTo(1);
    assertThat(majorValues.path("successRate").asDouble()).isEqualTo(50.0);
    assertThat(majorValues.path("earlyLifeProblems").asInt()).isEqualTo(1);
  }

  private void causedBy(String change, String at) {
    String incident = incident(at, 2, null, "phone", null, "service-desk");
    jdbc.update("INSERT INTO itsm_change_incident (number, incident_number, linked_at, linked_by) VALUES (?, ?, ?, "
        + "'someone')", change, incident, ts(at));
  }

  private void freeze(String from, String to, String serviceCode) {
    jdbc.update("INSERT INTO itsm_change_freeze (name, starts_at, ends_at, service_code, created_at, created_by) "
        + "VALUES ('Report test', ?, ?, ?, CURRENT_TIMESTAMP, 'someone')", ts(from), ts(to), serviceCode);
  }

  private String knownError(String published) {
    String problem = "PRB-R" + NUMBERS.incrementAndGet();
    jdbc.update("INSERT INTO itsm_problem (number, title, description, service_code, source, raised_by, priority, "
        + "status, created_at) VALUES (?, 'p', 'd', ?, 'manual', 'someone', 3, 'KNOWN_ERROR', ?)", problem, service,
        ts("2026-10-01T00:00:00Z"));
    String number = "KE-R" + NUMBERS.incrementAndGet();
    jdbc.update("INSERT INTO itsm_known_error (number, problem_number, title, symptoms, workaround, service_code, "
        + "status, created_at, updated_at) VALUES (?, ?, 'k', 's', 'w', ?, 'PUBLISHED', ?, ?)", number, problem,
        service, ts(published), ts(published));
    return number;
  }

  private void matched(String knownError, String at) {
    String incident = incident(at, 3, null, "portal", null, "service-desk");
    jdbc.update("INSERT INTO itsm_problem_incident (incident_number, problem_number, linked_at, linked_by) "
        + "SELECT ?, problem_number, ?, 'someone' FROM itsm_known_error WHERE number = ?", incident, ts(at), knownError);
  }

  private String release(String type) {
    String number = "REL-R" + NUMBERS.incrementAndGet();
    jdbc.update("INSERT INTO itsm_release (number, title, description, type_code, status, revision, requested_by, "
        + "window_start, window_end, deployment_mode, deployment_group, created_at) VALUES (?, 'r', 'd', ?, 'CLOSED', "
        + "1, 'someone', ?, ?, 'manual', 'support-2nd-level', ?)", number, type, ts("2033-05-03T20:00:00Z"),
        ts("2033-05-03T23:00:00Z"), ts("2033-04-01T00:00:00Z"));
    return number;
  }

  private void releaseLog(String number, String action, String at) {
    jdbc.update("INSERT INTO itsm_work_log (record_type, number, logged_at, logged_by, action, text, visibility) "
        + "VALUES ('release', ?, ?, 'someone', ?, 'x', 'internal')", number, ts(at), action);
  }

  private JsonNode series(String measure, String groupBy) {
    return get("/api/reports/" + measure + "?" + NOVEMBER + "&service=" + service + "&groupBy=" + groupBy);
  }

  private Map<String, Long> counts(String measure, String groupBy, String value) {
    Map<String, Long> counts = new LinkedHashMap<>();
    series(measure, groupBy).path("rows").forEach(row -> counts.put(row.path("key").asText(),
        row.path("values").path(value).asLong()));
    return counts;
  }

  private JsonNode get(String path) {
    ResponseEntity<JsonNode> response = as(manager).getForEntity(path, JsonNode.class);
    assertThat(response.getStatusCode()).as(path + ": " + response.getBody()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private HttpStatus status(String path) {
    return HttpStatus.valueOf(as(manager).getForEntity(path, String.class).getStatusCode().value());
  }

  private String field(String path) {
    ResponseEntity<JsonNode> response = as(manager).getForEntity(path + "&service=" + service, JsonNode.class);
    assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.BAD_REQUEST);
    return response.getBody().path("field").asText();
  }

  private String incident(String created, Integer priority, String category, String channel, String resolved,
      String group) {
    String number = "INC-R" + NUMBERS.incrementAndGet();
    jdbc.update("INSERT INTO itsm_incident (number, title, description, service_code, category, impact, urgency, "
        + "priority, status, assignment_group, major, reported_by, channel, created_at, resolved_at) "
        + "VALUES (?, 'Report test', 'x', ?, ?, 2, 2, ?, ?, ?, FALSE, 'someone', ?, ?, ?)", number, service, category,
        priority, resolved == null ? "IN_PROGRESS" : "RESOLVED", group, channel, ts(created), ts(resolved));
    return number;
  }

  /** A major or not, with a status, for the major incidents measure. */
  private String incident(String serviceCode, String created, int priority, String status, boolean major) {
    String number = "INC-R" + NUMBERS.incrementAndGet();
    jdbc.update("INSERT INTO itsm_incident (number, title, description, service_code, impact, urgency, priority, status, "
        + "major, reported_by, channel, created_at) VALUES (?, 'Major test', 'x', ?, 1, 1, ?, ?, ?, 'someone', 'phone', ?)",
        number, serviceCode, priority, status, major, ts(created));
    return number;
  }

  private void problem(String created, String closed, Integer priority) {
    jdbc.update("INSERT INTO itsm_problem (number, title, description, service_code, source, raised_by, priority, "
        + "status, created_at, closed_at) VALUES (?, 'p', 'd', ?, 'manual', 'someone', ?, ?, ?, ?)",
        "PRB-R" + NUMBERS.incrementAndGet(), service, priority, closed == null ? "INVESTIGATING" : "CLOSED", ts(created),
        ts(closed));
  }

  private void improvement(String created, String status, String source, String closed) {
    jdbc.update("INSERT INTO itsm_improvement (number, title, description, source, raised_by, benefit, effort, risk, "
        + "alignment, status, plan_round, created_at, closed_at) VALUES (?, 'i', 'd', ?, 'someone', 'high', 'low', "
        + "'low', 'high', ?, 0, ?, ?)", "IMP-R" + NUMBERS.incrementAndGet(), source, status, ts(created), ts(closed));
  }

  private void nonconformity(String created, String severity, String due, String closed) {
    jdbc.update("INSERT INTO itsm_nonconformity (number, title, description, source, severity, detected_by, status, "
        + "round, action_due, created_at, closed_at) VALUES (?, 'n', 'd', 'audit', ?, 'someone', ?, 1, ?, ?, ?)",
        "NC-R" + NUMBERS.incrementAndGet(), severity, closed == null ? "PLANNING_ACTION" : "CLOSED", ts(due),
        ts(created), ts(closed));
  }

  private void log(String number, String action) {
    jdbc.update("INSERT INTO itsm_work_log (record_type, number, logged_at, logged_by, action, text, visibility) "
        + "VALUES ('incident', ?, CURRENT_TIMESTAMP, 'someone', ?, 'x', 'internal')", number, action);
  }

  private void clock(String record, String target, int priority, long bankedSeconds, String stopped, boolean breached) {
    jdbc.update("INSERT INTO itsm_sla_clock (id, record_ref, target, service_code, priority, calendar_id, "
        + "target_minutes, warning_percent, banked_seconds, started_at, breached_at, stopped_at, notify_group, "
        + "escalation_group) VALUES (?, ?, ?, ?, ?, '24x7', 60, 75, ?, ?, ?, ?, 'service-desk', 'incident-managers')",
        java.util.UUID.randomUUID().toString(), record, target, service, priority, bankedSeconds,
        ts("2026-10-01T00:00:00Z"), breached ? ts(stopped) : null, ts(stopped));
  }

  private void rating(int rating, String group, String type, String at) {
    jdbc.update("INSERT INTO itsm_satisfaction (number, record_type, service_code, working_group, rating, rated_by, "
        + "rated_at) VALUES (?, ?, ?, ?, ?, 'someone', ?)", "INC-RT" + NUMBERS.incrementAndGet(), type, service, group,
        rating, ts(at));
  }

  private String change(String category, String outcome, String closed) {
    String number = "CHG-R" + NUMBERS.incrementAndGet();
    jdbc.update("INSERT INTO itsm_change (number, title, description, category, service_code, impact, requested_by, "
        + "implementation_group, implementation_plan, backout_plan, backout_tested, planned_start, planned_end, status, "
        + "revision, outcome, created_at, closed_at) VALUES (?, 'c', 'd', ?, ?, 2, 'someone', 'support-2nd-level', "
        + "'p', 'b', TRUE, ?, ?, ?, 1, ?, ?, ?)", number, category, service, ts(closed),
        ts(closed), outcome == null ? "WITHDRAWN" : "CLOSED", outcome, ts("2026-11-01T00:00:00Z"), ts(closed));
    return number;
  }

  private static Timestamp ts(String instant) {
    return instant == null ? null : Timestamp.from(Instant.parse(instant));
  }
}
