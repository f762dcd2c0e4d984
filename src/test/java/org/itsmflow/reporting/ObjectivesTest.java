package org.itsmflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itsmflow.support.Json.send;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.itsmflow.security.RoleGroup;
import org.itsmflow.support.ApplicationTest;
import org.itsmflow.support.Fixtures;
import org.itsmflow.support.Iso20000;
import org.itsmflow.support.WorkspaceSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Service management objectives (6.2): kept by the process owners, each measured over its last
 * whole months from the reporting measures, met or missed against its target, and refused with the
 * field named when it cannot be measured.
 */
@Iso20000({"6.2", "9.1"})
class ObjectivesTest extends ApplicationTest {

  @Autowired JdbcTemplate jdbc;
  @Autowired Objectives objectives;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void anObjectiveIsMeasuredOverItsLastWholeMonthsAndMetOrMissedAgainstItsTarget() {
    String owner = user("objective-owner", RoleGroup.PROCESS_OWNERS.id());
    String desk = user("objective-desk", RoleGroup.SERVICE_DESK.id());
    String service = Fixtures.service(jdbc, 3);
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-02-10T10:00:00Z")));
    for (int i = 0; i < 3; i++) {
      assertThat(send(as(desk), HttpMethod.POST, "/api/incidents", """
          {"title": "Objective test %d", "description": "x", "serviceCode": "%s", "impact": 3, "urgency": 3,
           "reportedBy": "caller-cy", "channel": "phone"}""".formatted(i, service)).getStatusCode())
          .isEqualTo(HttpStatus.CREATED);
    }
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-03-05T10:00:00Z")));

    ResponseEntity<JsonNode> created = send(as(owner), HttpMethod.POST, "/api/objectives", """
        {"title": "Few incidents on the test service", "measure": "incident-volume", "value": "incidents",
         "groupBy": "service", "key": "%s", "comparison": "at-most", "target": 2, "periodMonths": 1,
         "owner": "service-owners", "reviewOn": "2027-06-30"}""".formatted(service));
    assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
    JsonNode objective = created.getBody();
    String id = objective.path("id").asText();
    assertThat(id).matches("OBJ-\\d{6}");
    assertThat(created.getHeaders().getLocation()).hasToString("/api/objectives/" + id);
    assertThat(objective.path("actual").asDouble()).isEqualTo(3.0);
    assertThat(objective.path("status").asText()).isEqualTo("missed");
    assertThat(objective.path("periodFrom").asText()).isEqualTo("2027-02-01");
    assertThat(objective.path("periodTo").asText()).isEqualTo("2027-02-28");
    assertThat(objective.path("reviewDue").asBoolean()).isFalse();
    assertThat(objective.path("createdBy").asText()).isEqualTo(owner);

    JsonNode changed = send(as(owner), HttpMethod.PUT, "/api/objectives/" + id, """
        {"title": "Few incidents on the test service", "measure": "incident-volume", "value": "incidents",
         "groupBy": "service", "key": "%s", "comparison": "at-most", "target": 5, "periodMonths": 1,
         "owner": "service-owners", "reviewOn": "2027-03-01"}""".formatted(service)).getBody();
    assertThat(changed.path("status").asText()).isEqualTo("met");
    assertThat(changed.path("reviewDue").asBoolean()).isTrue();
    assertThat(changed.path("updatedBy").asText()).isEqualTo(owner);
    // A month later February is no longer in its period: no data, neither met nor missed.
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-04-02T10:00:00Z")));
    assertThat(as(desk).getForObject("/api/objectives/" + id, JsonNode.class).path("status").asText())
        .isEqualTo("no-data");
    assertThat(objectives.active(Instant.parse("2027-03-05T10:00:00Z"))).extracting(Objectives.Objective::id)
        .contains(id);
    assertThat(Objectives.lines(objectives.active(Instant.parse("2027-03-05T10:00:00Z"))))
        .anySatisfy(line -> assertThat(line).contains(id + " Few incidents on the test service: 3 (at most 5, service "
            + service + ", 2027-02-01 to 2027-02-28) met, review due since 2027-03-01; owner service-owners"));

    // What cannot be measured is refused, naming the field; staff other than process owners may not write.
    String valid = """
        "title": "T", "measure": "incident-volume", "value": "incidents", "groupBy": "service", "key": "EMAIL",
        "target": 1, "owner": "service-owners", "reviewOn": "2027-06-30\"""";
    refused(owner, "{" + valid.replace("\"incident-volume\"", "\"nope\"") + "}", "measure");
    refused(owner, "{" + valid.replace("\"incidents\"", "\"incidentz\"") + "}", "value");
    refused(owner, "{" + valid.replace("\"service\",", "\"colour\",") + "}", "groupBy");
    refused(owner, "{" + valid.replace("\"service-owners\"", "\"nobody-at-all\"") + "}", "owner");
    refused(owner, "{" + valid.replace("2027-06-30", "30.06.2027") + "}", "reviewOn");
    refused(owner, "{" + valid.replace("\"target\": 1", "\"target\": 1.234") + "}", "target");
    refused(owner, "{" + valid + ", \"periodMonths\": 30}", "periodMonths");
    refused(owner, "{" + valid + ", \"comparison\": \"about\"}", "comparison");
    refused(owner, "{" + valid.replace("\"title\": \"T\"", "\"title\": \"\"") + "}", "title");
    refused(owner, """
        {"title": "SLA", "measure": "sla-attainment", "value": "attainment", "groupBy": "service", "key": "EMAIL",
         "target": 150, "owner": "service-owners", "reviewOn": "2027-06-30"}""", "target");
    assertThat(send(as(desk), HttpMethod.POST, "/api/objectives", "{" + valid + "}").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(send(as(owner), HttpMethod.GET, "/api/objectives/OBJ-999999", null).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(send(as(owner), HttpMethod.PUT, "/api/objectives/OBJ-999999", "{" + valid + "}").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void theObjectivesPageListsThemAndProcessOwnersAddAndChangeThem() {
    String owner = user("objective-page-owner", RoleGroup.PROCESS_OWNERS.id());
    WorkspaceSession session = WorkspaceSession.signIn(rest.getRootUri(), owner, PASSWORD);
    String page = session.get("/objectives").body();
    assertThat(page).contains("Service management objectives").contains("Add the objective");

    var refused = session.post("/objectives", form("back", "/objectives", "title", "Bad", "measure",
        "incident-volume", "value", "incidents", "groupBy", "service", "key", "EMAIL", "comparison", "at-most",
        "target", "a lot", "periodMonths", "3", "owner", "service-owners", "reviewOn", "2027-06-30"));
    assertThat(session.follow(refused).body()).contains("Not done:").contains("<code>target</code>")
        .contains("value=\"Bad\"");
    var added = session.post("/objectives", form("back", "/objectives", "title", "E-mail incidents stay few",
        "measure", "incident-volume", "value", "incidents", "groupBy", "service", "key", "EMAIL", "comparison",
        "at-most", "target", "40", "periodMonths", "3", "owner", "service-owners", "reviewOn", "2027-06-30"));
    String list = session.follow(added).body();
    assertThat(list).contains("Added OBJ-").contains("E-mail incidents stay few").contains("at most 40");
    String id = list.replaceAll("(?s).*Added (OBJ-\\d{6}).*", "$1");
    String edit = session.get("/objectives/" + id).body();
    assertThat(edit).contains("Save the objective").contains("value=\"E-mail incidents stay few\"");
    var saved = session.post("/objectives/" + id, form("back", "/objectives/" + id, "title", "E-mail incidents stay few",
        "measure", "incident-volume", "value", "incidents", "groupBy", "service", "key", "EMAIL", "comparison",
        "at-most", "target", "30", "periodMonths", "3", "owner", "service-owners", "reviewOn", "2027-06-30"));
    assertThat(session.follow(saved).body()).contains("Saved " + id).contains("at most 30").contains("Inactive");

    WorkspaceSession desk = WorkspaceSession.signIn(rest.getRootUri(),
        user("objective-page-desk", RoleGroup.SERVICE_DESK.id()), PASSWORD);
    assertThat(desk.get("/objectives").body()).contains("E-mail incidents stay few").doesNotContain("Add the objective");
    assertThat(desk.post("/objectives", Map.of("title", "x")).statusCode()).isEqualTo(403);
  }

  private static Map<String, String> form(String... pairs) {
    Map<String, String> form = new java.util.LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      form.put(pairs[i], pairs[i + 1]);
    }
    return form;
  }

  private void refused(String user, String json, String field) {
    ResponseEntity<JsonNode> answer = send(as(user), HttpMethod.POST, "/api/objectives", json);
    assertThat(answer.getStatusCode()).as(json).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody().path("field").asText()).as(String.valueOf(answer.getBody())).isEqualTo(field);
  }
}
