package org.itsmflow.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.itsmflow.security.RoleGroup;
import org.itsmflow.support.ApplicationTest;
import org.itsmflow.support.Fixtures;
import org.itsmflow.support.Iso20000;
import org.itsmflow.support.WorkspaceSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

/** The CMDB in the workspace: a CI found, its page with relations both ways, impact and open incidents. */
@Iso20000("8.2.6")
class CmdbPagesTest extends ApplicationTest {

  @Autowired JdbcTemplate jdbc;
  @Autowired ConfigurationItems cis;

  @Test
  void anAgentFindsACiAndSeesWhatItsFailureReaches() {
    String service = Fixtures.service(jdbc, 2);
    String host = Fixtures.ci(cis, service);
    String app = cis.create(new CiRequest("application", "Payroll app " + service, "Runs payroll", "active",
        "service-owners", false, List.of(service), List.of(new CiRequest.RelationRequest("runs-on", host)))).id();
    WorkspaceSession agent = WorkspaceSession.signIn(rest.getRootUri(), user("cmdb-agent", RoleGroup.SERVICE_DESK.id()),
        PASSWORD);
    as(agent("cmdb-api-agent")).postForEntity("/api/incidents", json("""
        {"title": "Host down", "description": "No ping", "serviceCode": "%s", "ciId": "%s", "impact": 1,
         "urgency": 1, "reportedBy": "NOC", "channel": "monitoring"}""".formatted(service, host)), String.class);

    String list = agent.get("/cis?q=payroll+app+" + service.toLowerCase()).body();
    String hostPage = agent.get("/cis/" + host).body();
    String appPage = agent.get("/cis/" + app).body();
    HttpResponse<String> missing = agent.get("/cis/CI-999999");

    assertThat(list).contains(app).contains("Showing 1 to 1 of 1");
    assertThat(hostPage).contains("Under change control").contains("Host down").contains(app)
        .contains("Services affected:</strong>").contains(service);
    assertThat(appPage).contains("It depends on (upstream)").contains(host).contains("Runs on");
    assertThat(missing.statusCode()).isEqualTo(404);
  }

  private String agent(String id) {
    return user(id, RoleGroup.SERVICE_DESK.id());
  }

  private static HttpEntity<String> json(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
