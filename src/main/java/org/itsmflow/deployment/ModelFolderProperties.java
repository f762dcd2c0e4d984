package org.itsmflow.deployment;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * External folders whose models replace or add to the ones packaged in the jar, so process
 * owners redeploy without a rebuild.
 *
 * @param processes ITSM_PROCESSES_DIR: BPMN and DMN files
 * @param forms ITSM_FORMS_DIR: Camunda Forms
 */
@ConfigurationProperties("itsm")
public record ModelFolderProperties(Folder processes, Folder forms) {

  public record Folder(Path dir) {}

  Path processesDir() {
    return processes == null ? null : processes.dir();
  }

  Path formsDir() {
    return forms == null ? null : forms.dir();
  }
}
