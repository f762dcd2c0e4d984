package org.itsmflow.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.itsmflow.platform.InvalidConfigurationException;

/**
 * The texts of the e-mails to requesters: files an administrator may replace (ITSM_MAIL_TEMPLATES),
 * else the built-in ones. A file's first line is {@code Subject: ...}, then an empty line, then
 * the body; {@code {name}} placeholders are filled in, unknown ones are left as they are.
 */
final class RequesterMailTemplates {

  /** The kinds of e-mail, one file each. */
  static final List<String> KINDS = List.of("recorded", "note", "resolved", "closed", "breached");

  record Mail(String subject, String body) {}

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");
  private static final String SUBJECT = "Subject:";

  private final Path folder;

  /**
   * Checks every text at once: a folder that does not exist or a text without its subject line
   * stops the start, saying which, rather than the first ticket that would have been mailed.
   */
  RequesterMailTemplates(Path folder) {
    this.folder = folder == null || folder.toString().isBlank() ? null : folder;
    if (this.folder != null && !Files.isDirectory(this.folder)) {
      throw new InvalidConfigurationException("ITSM_MAIL_TEMPLATES '" + folder + "' is not a folder",
          "Create it with the e-mail texts you want to change (docs/requesters.md), or leave it empty.");
    }
    KINDS.forEach(kind -> subjectLine(kind, read(kind)));
  }

  Mail render(String kind, Map<String, String> values) {
    String text = read(kind);
    int end = text.indexOf('\n');
    String first = subjectLine(kind, text);
    String subject = fill(first.substring(SUBJECT.length()).trim(), values);
    String number = values.get("number");
    // Replies find their ticket by the number in the subject (e-mail intake): it is always there.
    if (number != null && !subject.contains("[" + number + "]")) {
      subject = "[" + number + "] " + subject;
    }
    return new Mail(subject, fill(end < 0 ? "" : text.substring(end + 1).strip(), values) + "\n");
  }

  private String subjectLine(String kind, String text) {
    int end = text.indexOf('\n');
    String first = end < 0 ? text : text.substring(0, end);
    if (!first.startsWith(SUBJECT)) {
      throw new InvalidConfigurationException("The e-mail text " + kind + ".txt in ITSM_MAIL_TEMPLATES does not "
          + "start with \"Subject:\"", "Make its first line \"Subject: ...\", then an empty line, then the body.");
    }
    return first;
  }

  private String read(String kind) {
    try {
      if (folder != null && Files.isRegularFile(folder.resolve(kind + ".txt"))) {
        return Files.readString(folder.resolve(kind + ".txt"), StandardCharsets.UTF_8);
      }
      try (InputStream in = RequesterMailTemplates.class.getResourceAsStream("/mail/requester/" + kind + ".txt")) {
        if (in == null) {
          throw new IllegalArgumentException("no e-mail text " + kind);
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String fill(String text, Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
    }
    m.appendTail(out);
    return out.toString();
  }
}
