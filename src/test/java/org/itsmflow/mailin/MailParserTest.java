package org.itsmflow.mailin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** How a message reads to the service desk: sender, new text without the quote, files, machines. */
class MailParserTest {

  private static MailParser.Mail parse(String raw) throws Exception {
    return MailParser.parse(raw.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8), "X-ITSM-Flow");
  }

  @Test
  void aReplyKeepsOnlyWhatTheSenderWroteNow() throws Exception {
    MailParser.Mail mail = parse("""
        From: Ann Example <Ann@Example.TEST>
        To: desk@example.test
        Subject: Re: [ITSM Flow] [INC-000042] Resolved: Printer
        Message-ID: <r1@example.test>
        Content-Type: text/plain; charset=UTF-8

        Still jams, sorry.
        Tray 2 this time.

        --\s
        Ann, Finance

        On Wed, 2 Dec 2026 at 10:00, Service desk <desk@example.test> wrote:
        > we believe your issue INC-000042 is done
        """);

    assertThat(mail.from()).isEqualTo("ann@example.test");
    assertThat(mail.messageId()).isEqualTo("<r1@example.test>");
    assertThat(mail.subject()).isEqualTo("Re: [ITSM Flow] [INC-000042] Resolved: Printer");
    assertThat(mail.text()).isEqualTo("Still jams, sorry.\nTray 2 this time.");
    assertThat(mail.automatic()).isNull();
    assertThat(mail.ours()).isFalse();
  }

  @Test
  void filesAreKeptAndHtmlOnlyMailIsReadAsText() throws Exception {
    MailParser.Mail mail = parse("""
        From: bo@example.test
        Subject: Screen
        Content-Type: multipart/mixed; boundary="b1"

        --b1
        Content-Type: text/html; charset=UTF-8

        <p>The screen <b>flickers</b>&nbsp;a lot</p><script>x()</script>
        --b1
        Content-Type: text/plain; name="log.txt"
        Content-Disposition: attachment; filename="log.txt"

        line 1
        --b1--
        """);

    assertThat(mail.text()).isEqualTo("The screen flickers a lot");
    assertThat(mail.files()).singleElement().satisfies(file -> {
      assertThat(file.name()).isEqualTo("log.txt");
      assertThat(file.contentType()).isEqualTo("text/plain");
      assertThat(new String(file.content(), StandardCharsets.UTF_8).strip()).isEqualTo("line 1");
    });
  }

  @Test
  void machinesAndOurOwnMailAreRecognised() throws Exception {
    assertThat(parse("From: a@example.test\nAuto-Submitted: auto-replied\nSubject: Re: x\n\nI am away\n").automatic())
        .isEqualTo("Auto-Submitted: auto-replied");
    assertThat(parse("From: a@example.test\nAuto-Submitted: no\nSubject: Help\n\nx\n").automatic()).isNull();
    assertThat(parse("From: a@example.test\nPrecedence: bulk\nSubject: News\n\nx\n").automatic())
        .isEqualTo("Precedence: bulk");
    assertThat(parse("From: a@example.test\nSubject: Out of Office: back Monday\n\nx\n").automatic())
        .startsWith("subject:");
    assertThat(parse("From: a@example.test\nX-ITSM-Flow: INC-000001\nSubject: [INC-000001] x\n\nx\n").ours()).isTrue();
  }

  @Test
  void aMultipartWithoutItsBoundaryIsMalformed() {
    assertThatThrownBy(() -> parse("""
        From: a@example.test
        Subject: broken
        Content-Type: multipart/mixed; boundary="never-there"

        just text, no parts
        """)).isInstanceOf(MailParser.MalformedMailException.class);
  }
}
