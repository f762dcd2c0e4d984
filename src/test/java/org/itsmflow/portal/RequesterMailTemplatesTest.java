package org.itsmflow.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.itsmflow.platform.InvalidConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The e-mail texts: built in, or an administrator's own; the ticket number always in the subject. */
class RequesterMailTemplatesTest {

  @Test
  void everyBuiltInTextHasASubjectWithTheNumberAndFillsItsPlaceholders() {
    RequesterMailTemplates templates = new RequesterMailTemplates(null);
    Map<String, String> values = Map.of("number", "INC-000042", "title", "Printer", "name", "Ada", "kind", "issue",
        "nextStep", "Being worked on.", "link", "https://itsm.example/portal/tickets/INC-000042", "targets", "",
        "note", "On our way", "noteBy", "sd-agent", "status", "In progress");
    for (String kind : RequesterMailTemplates.KINDS) {
      RequesterMailTemplates.Mail mail = templates.render(kind, values);
      assertThat(mail.subject()).as(kind).startsWith("[INC-000042] ");
      assertThat(mail.body()).as(kind).startsWith("Hello Ada,");
    }
    assertThat(templates.render("note", values).body()).contains("sd-agent wrote on INC-000042:\n\nOn our way");
  }

  @Test
  void anAdministratorsTextReplacesTheBuiltInOneAndKeepsTheNumberInTheSubject(@TempDir Path folder) throws Exception {
    Files.writeString(folder.resolve("closed.txt"), "Subject: Erledigt: {title}\n\nHallo {name}, {unknown} bleibt.\n");
    RequesterMailTemplates templates = new RequesterMailTemplates(folder);

    RequesterMailTemplates.Mail mail = templates.render("closed", Map.of("number", "REQ-000007", "title", "Desk",
        "name", "Bo"));
    assertThat(mail.subject()).isEqualTo("[REQ-000007] Erledigt: Desk");
    assertThat(mail.body()).isEqualTo("Hallo Bo, {unknown} bleibt.\n");
    // The others stay built in.
    assertThat(templates.render("recorded", Map.of("number", "REQ-000007")).subject()).startsWith("[REQ-000007] We have");
  }

  @Test
  void aTextWithoutSubjectOrAMissingFolderIsAConfigurationErrorThatSaysWhatToDo(@TempDir Path folder)
      throws Exception {
    Files.writeString(folder.resolve("note.txt"), "Hello {name}\n");
    // At start, not when the first ticket would have been mailed.
    assertThatThrownBy(() -> new RequesterMailTemplates(folder))
        .isInstanceOf(InvalidConfigurationException.class).hasMessageContaining("note.txt");
    assertThatThrownBy(() -> new RequesterMailTemplates(folder.resolve("missing")))
        .isInstanceOf(InvalidConfigurationException.class).hasMessageContaining("ITSM_MAIL_TEMPLATES");
  }
}
