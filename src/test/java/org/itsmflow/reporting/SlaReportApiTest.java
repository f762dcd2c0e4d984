package org.itsmflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import org.itsmflow.security.RoleGroup;
import org.itsmflow.sla.SlaClocks;
import org.itsmflow.sla.SlaTarget;
import org.itsmflow.support.ApplicationTest;
import org.itsmflow.support.Iso20000;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.support.TransactionTemplate;

@Iso20000("8.3.3")
class SlaReportApiTest extends ApplicationTest {

  @Autowired SlaClocks clocks;
  @Autowired TransactionTemplate transaction;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  @Test
  void attainmentPerServicePriorityAndTarget() {
    if (jdbc.queryForObject("SELECT count(*) FROM itsm_service WHERE code = 'REPORT-SVC'", Integer.class) == 0) {
      jdbc.update("INSERT INTO itsm_service (code, name, owner_group, criticality, status, calendar_id) "
          + "VALUES ('REPORT-SVC', 'Report test', 'service-owners', 3, 'LIVE', '24x7')");
    }
    Instant from = Instant.now().minus(Duration.ofMinutes(1));
    transaction.executeWithoutResult(s -> {
      clocks.startInRecordProcess("REPORT-1", "no-process-of-REPORT-1", "REPORT-SVC", 4, "service-desk",
          "incident-managers");
      clocks.startInRecordProcess("REPORT-2", "no-process-of-REPORT-2", "REPORT-SVC", 4, "service-desk",
          "incident-managers");
      clocks.stopAll("REPORT-1");
      clocks.stop("REPORT-2", SlaTarget.RESPONSE);
    });
    String auditor = user("report-auditor", RoleGroup.AUDITORS.id());

    JsonNode rows = as(auditor).getForObject("/api/reports/sla?from=" + from + "&to="
        + Instant.now().plus(Duration.ofMinutes(1)), JsonNode.class);

    JsonNode response = null;
    JsonNode resolution = null;
    for (JsonNode row : rows) {
      if ("REPORT-SVC".equals(row.path("serviceCode").asText())) {
        if ("response".equals(row.path("target").asText())) {
          response = row;
        } else {
          resolution = row;
        }
      }
    }
    assertThat(response.path("met").asLong()).isEqualTo(2);
    assertThat(response.path("attainmentPercent").asDouble()).isEqualTo(100.0);
    assertThat(resolution.path("met").asLong()).as("REPORT-2's resolution is still running").isEqualTo(1);
    assertThat(as(auditor).getForEntity("/api/reports/sla?from=yesterday&to=" + Instant.now(), JsonNode.class)
        .getBody().path("field").asText()).isEqualTo("from");
    assertThat(as(auditor).getForEntity("/api/reports/sla?from=" + Instant.now() + "&to=" + from, JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }
}
