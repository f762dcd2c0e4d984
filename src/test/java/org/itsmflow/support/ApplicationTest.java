package org.itsmflow.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that need the whole application: every subclass shares one cached Spring
 * context (profile "test": in-memory H2, job executor off, external model folders below).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ProcessEngineCoverageConfiguration.class, ProcessCoverage.class})
public abstract class ApplicationTest {

  public static final Path EXTERNAL_PROCESSES = Path.of("target/test-models/processes");
  public static final Path EXTERNAL_FORMS = Path.of("target/test-models/forms");
  public static final String PASSWORD = "Correct-Horse-42";

  @DynamicPropertySource
  static void externalModelFolders(DynamicPropertyRegistry registry) {
    // The application refuses to start when a configured model folder is missing.
    try {
      Files.createDirectories(EXTERNAL_PROCESSES);
      Files.createDirectories(EXTERNAL_FORMS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    registry.add("itsm.processes.dir", EXTERNAL_PROCESSES::toString);
    registry.add("itsm.forms.dir", EXTERNAL_FORMS::toString);
  }

  @Autowired protected TestRestTemplate rest;
  @Autowired protected ProcessEngine engine;

  @BeforeEach
  void bindAssertionsToThisEngine() {
    BpmnAwareTests.init(engine);
  }

  protected TestRestTemplate as(String userId) {
    return rest.withBasicAuth(userId, PASSWORD);
  }

  /** A user of its own for the test, member of the given groups (created once per context). */
  public String user(String userId, String... groupIds) {
    IdentityService identity = engine.getIdentityService();
    if (identity.createUserQuery().userId(userId).count() == 0) {
      User user = identity.newUser(userId);
      user.setFirstName("Quinn");
      user.setLastName(userId);
      user.setPassword(PASSWORD);
      identity.saveUser(user);
      for (String groupId : groupIds) {
        identity.createMembership(userId, groupId);
      }
    }
    return userId;
  }
}
