package org.itsmflow.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import org.itsmflow.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Our files replace Camunda's through the webapps' supported customisation points. */
class WebappCustomisationTest extends ApplicationTest {

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyWebappIsBrandedAndHidesTheVendorMigrationNotice(String app) {
    String styles = rest.getForObject("/camunda/app/" + app + "/styles/user-styles.css", String.class);
    String config = rest.getForObject("/camunda/app/" + app + "/scripts/config.js", String.class);

    assertThat(styles).containsPattern("\\.ce-eol-banner \\{\\s*display: none");
    assertThat(config).contains("vendor: 'ITSM Flow'").contains("'scripts/itsm-sign-in'");
  }

  /** Every webapp sends a browser to our sign-in page where it would show its own login view. */
  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyWebappSignsInOnOurPage(String app) {
    String script = rest.getForObject("/camunda/app/" + app + "/scripts/itsm-sign-in.js", String.class);
    String shared = rest.getForObject("/camunda/app/itsm-sign-in.js", String.class);

    assertThat(script).contains("from '../../itsm-sign-in.js'");
    assertThat(shared).contains("indexOf('#/login')").contains("window.location.replace('/login?signed-out')");
  }

  @Test
  void tasklistOpensListsMostUrgentFirst() {
    String config = rest.getForObject("/camunda/app/tasklist/scripts/config.js", String.class);
    ResponseEntity<String> script = rest.getForEntity(
        "/camunda/app/tasklist/scripts/itsm-default-sorting.js", String.class);

    assertThat(config).contains("customScripts: ['scripts/itsm-default-sorting', 'scripts/itsm-sign-in']");
    assertThat(script.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(script.getBody()).contains("sortBy: 'dueDate'").contains("variable: 'priority'");
  }
}
