package org.itsmflow.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.itsmflow.platform.DataSizes;
import org.itsmflow.platform.InvalidConfigurationException;
import org.itsmflow.platform.InvalidFieldException;
import org.itsmflow.platform.TooLargeException;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** What a file must be to be attached, without Spring. */
class AttachmentRulesTest {

  private static final byte[] PDF = "%PDF-1.7\n1 0 obj".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
  private static final byte[] WINDOWS_PROGRAM = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};

  private final AttachmentRules rules = new AttachmentRules(new AttachmentProperties(DataSize.ofMegabytes(2), null));

  @Test
  void aFileKeepsItsNameWithoutFoldersOrControlCharacters() {
    assertThat(rules.fileName("C:\\Users\\anna\\Desktop\\error.png")).isEqualTo("error.png");
    assertThat(rules.fileName("../../etc/passwd")).isEqualTo("passwd");
    assertThat(rules.fileName(" mail\r\n log.txt ")).isEqualTo("mail log.txt");
    String longName = "x".repeat(300) + ".pdf";
    assertThat(rules.fileName(longName)).hasSize(AttachmentRules.MAX_NAME).endsWith("x.pdf");
  }

  @Test
  void aFileWithoutANameIsRefusedNamingTheField() {
    for (String name : new String[] {null, "", "  ", "folder/", ".."}) {
      assertThatThrownBy(() -> rules.fileName(name)).isInstanceOf(InvalidFieldException.class)
          .hasMessageStartingWith("file: required");
    }
  }

  @Test
  void emptyFilesAndFilesOverTheLimitAreRefusedSayingTheLimit() {
    rules.checkSize(DataSize.ofMegabytes(2).toBytes());
    assertThatThrownBy(() -> rules.checkSize(0)).isInstanceOf(InvalidFieldException.class)
        .hasMessage("file: the file is empty");
    assertThatThrownBy(() -> rules.checkSize(DataSize.ofMegabytes(2).toBytes() + 1))
        .isInstanceOf(TooLargeException.class)
        .hasMessage("file: the file has 2 MB; files up to 2 MB are taken");
    assertThatThrownBy(() -> rules.checkSize(DataSize.ofMegabytes(3).toBytes() + 500_000))
        .hasMessage("file: the file has 3.5 MB; files up to 2 MB are taken");
  }

  @Test
  void theDeclaredTypeCountsAndTheNameSaysTheTypeWhenNoneWasDeclared() {
    assertThat(rules.contentType("application/pdf", "scan")).isEqualTo("application/pdf");
    assertThat(rules.contentType("Text/Plain; charset=UTF-8", "server.log")).isEqualTo("text/plain");
    assertThat(rules.contentType(null, "screenshot.PNG")).isEqualTo("image/png");
    assertThat(rules.contentType("application/octet-stream", "report.docx"))
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  }

  @Test
  void typesNotOnTheAllowListAreRefusedListingWhatIsTaken() {
    assertThatThrownBy(() -> rules.contentType("text/html", "page.html")).isInstanceOf(InvalidFieldException.class)
        .hasMessageStartingWith("file: files of type text/html are not taken; taken are application/pdf, image/png");
    assertThatThrownBy(() -> rules.contentType(null, "setup.exe"))
        .hasMessageStartingWith("file: files of type application/");
    assertThatThrownBy(() -> rules.contentType(null, "no-extension"))
        .hasMessageStartingWith("file: the type of no-extension is not known");
    assertThatThrownBy(() -> rules.contentType("not a type", "a.pdf"))
        .hasMessage("file: the declared type 'not a type' is not a content type");
  }

  @Test
  void theContentMustLookLikeItsType() {
    rules.checkContent("application/pdf", PDF);
    rules.checkContent("image/png", PNG);
    rules.checkContent("text/plain", "ERROR 2026-12-02 mail queue stuck".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> rules.checkContent("application/pdf", WINDOWS_PROGRAM))
        .isInstanceOf(InvalidFieldException.class).hasMessage("file: the content is not a application/pdf file");
    assertThatThrownBy(() -> rules.checkContent("image/png", PDF)).isInstanceOf(InvalidFieldException.class);
    assertThatThrownBy(() -> rules.checkContent("text/plain", WINDOWS_PROGRAM))
        .hasMessage("file: the content is not text (text/plain)");
  }

  @Test
  void anOperatorChoosesTheTypesAndTheLimit() {
    AttachmentRules onlyPdf = new AttachmentRules(new AttachmentProperties(DataSize.ofKilobytes(512),
        List.of(" Application/PDF ", "")));
    assertThat(onlyPdf.contentType(null, "a.pdf")).isEqualTo("application/pdf");
    assertThatThrownBy(() -> onlyPdf.contentType(null, "a.png")).hasMessageEndingWith("taken are application/pdf");
    assertThatThrownBy(() -> onlyPdf.checkSize(600_000)).hasMessageEndingWith("files up to 512 KB are taken");
    assertThatThrownBy(() -> new AttachmentProperties(DataSize.ofBytes(0), null))
        .isInstanceOf(InvalidConfigurationException.class);
  }

  @Test
  void sizesReadAsPeopleSayThem() {
    assertThat(DataSizes.readable(1)).isEqualTo("1 byte");
    assertThat(DataSizes.readable(97)).isEqualTo("97 bytes");
    assertThat(DataSizes.readable(831_488)).isEqualTo("812 KB");
    assertThat(DataSizes.readable(1_572_864)).isEqualTo("1.5 MB");
    assertThat(DataSizes.readable(DataSize.ofMegabytes(20).toBytes())).isEqualTo("20 MB");
  }
}
