package org.itsmflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.itsmflow.security.AdminAccount;
import org.itsmflow.security.RoleGroup;
import org.itsmflow.sla.SlaClocks;
import org.itsmflow.sla.SlaStatus;
import org.itsmflow.support.StandaloneApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.transaction.support.TransactionTemplate;

/** The default installation: H2 files under ITSM_DATA_DIR, admin password generated on first start. */
@ExtendWith(OutputCaptureExtension.class)
class RestartPersistenceIT {

  private static final Pattern GENERATED = Pattern.compile("generated password\\s+(\\S+)");
  private static final String USER = "restart-agent";
  private static final String PASSWORD = "Sturdy-Lantern-77";

  @TempDir Path dataDir;

  @Test
  void everythingSurvivesARestartAndTheGeneratedPasswordIsShownOnce(CapturedOutput output) throws Exception {
    String adminPassword;
    String instanceId;
    long deployments;
    try (StandaloneApplication app = start()) {
      Matcher generated = GENERATED.matcher(output.getOut());
      assertThat(generated.find()).as("the generated password is logged").isTrue();
      adminPassword = generated.group(1);
      assertThat(app.get("/engine-rest/user", AdminAccount.USER_ID, adminPassword)).isEqualTo(200);

      ProcessEngine engine = app.bean(ProcessEngine.class);
      User user = engine.getIdentityService().newUser(USER);
      user.setPassword(PASSWORD);
      engine.getIdentityService().saveUser(user);
      engine.getIdentityService().createMembership(USER, RoleGroup.SERVICE_DESK.id());
      instanceId = engine.getRuntimeService().startProcessInstanceByKey("foundation-smoke", "SMOKE-1").getId();
      deployments = engine.getRepositoryService().createDeploymentQuery().count();
      app.bean(TransactionTemplate.class).executeWithoutResult(status -> app.bean(SlaClocks.class)
          .startInRecordProcess("SMOKE-1", instanceId, null, 2, RoleGroup.SERVICE_DESK.id(),
              RoleGroup.INCIDENT_MANAGERS.id()));
    }
    int logLength = output.getOut().length();

    try (StandaloneApplication app = start()) {
      ProcessEngine engine = app.bean(ProcessEngine.class);
      assertThat(output.getOut().substring(logLength)).doesNotContain("generated password");
      assertThat(app.get("/engine-rest/user", AdminAccount.USER_ID, adminPassword)).isEqualTo(200);
      assertThat(app.get("/engine-rest/task", USER, PASSWORD)).isEqualTo(200);
      assertThat(engine.getRuntimeService().createProcessInstanceQuery()
          .processInstanceId(instanceId).processInstanceBusinessKey("SMOKE-1").count()).isOne();
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instanceId)
          .taskCandidateGroup(RoleGroup.SERVICE_DESK.id()).count()).isOne();
      assertThat(engine.getRepositoryService().createDeploymentQuery().count())
          .as("an unchanged restart deploys nothing new").isEqualTo(deployments);
      assertThat(engine.getFilterService().createFilterQuery().count()).isEqualTo(RoleGroup.values().length + 1);
      assertThat(app.bean(SlaClocks.class).status("SMOKE-1")).extracting(SlaStatus::state)
          .containsExactly("running", "running");
    }
  }

  private StandaloneApplication start() {
    return StandaloneApplication.start("restart-test", Map.of("ITSM_DATA_DIR", dataDir.toString()));
  }
}
