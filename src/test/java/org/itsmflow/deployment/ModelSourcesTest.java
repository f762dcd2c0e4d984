package org.itsmflow.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the models are read from, and the trap of a started build: a file edited in processes/
 * after the build is not what the application reads (its packaged copy in target/classes is). The
 * redeploy's answer says so instead of only "nothing changed".
 */
class ModelSourcesTest {

  @TempDir Path project;

  @Test
  void aProjectFileEditedAfterTheBuildIsNamedAndAnExternalFolderReplacesIt() throws Exception {
    Path classes = Files.createDirectories(project.resolve("target/classes/processes"));
    Files.writeString(classes.resolve("incident.bpmn"), "<built/>");
    Files.writeString(classes.resolve("same.dmn"), "<same/>");
    Path sources = Files.createDirectories(project.resolve("processes"));
    Files.writeString(sources.resolve("incident.bpmn"), "<edited/>");
    Files.writeString(sources.resolve("same.dmn"), "<same/>");
    Files.createDirectories(project.resolve("target/classes/forms"));

    try (URLClassLoader loader = new URLClassLoader(new URL[] {project.resolve("target/classes").toUri().toURL()},
        null)) {
      ModelSources.Reading packaged = new ModelSources(new ModelFolderProperties(null, null), loader).read();

      assertThat(new String(packaged.models().get("processes/incident.bpmn").content())).isEqualTo("<built/>");
      assertThat(packaged.sources()).anyMatch(s -> s.startsWith("packaged in the application: file:")
          && s.endsWith("/target/classes/processes/")).contains("ITSM_PROCESSES_DIR: not set", "ITSM_FORMS_DIR: not set");
      assertThat(packaged.staleCopies()).singleElement().asString().startsWith("processes/incident.bpmn: ")
          .contains(sources.resolve("incident.bpmn").toString()).contains("was changed after the application was built");
      assertThat(ModelDeployer.unchangedMessage(2, packaged)).startsWith("Nothing deployed: each of the 2 models equals")
          .contains("Edited after the build, not read: processes/incident.bpmn").contains("set ITSM_PROCESSES_DIR");

      ModelSources.Reading external = new ModelSources(new ModelFolderProperties(
          new ModelFolderProperties.Folder(sources), null), loader).read();
      assertThat(new String(external.models().get("processes/incident.bpmn").content())).isEqualTo("<edited/>");
      assertThat(external.staleCopies()).isEmpty();
      assertThat(external.sources()).contains("ITSM_PROCESSES_DIR: " + sources.toAbsolutePath().normalize());
      assertThat(ModelDeployer.unchangedMessage(2, external)).contains("edit it in ITSM_PROCESSES_DIR or ITSM_FORMS_DIR");
    }
  }
}
