package org.itsmflow.mailin;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;

/** Reads a message as the service desk needs it: who sent it, about what, its new text, its files. */
final class MailParser {

  /** A message that cannot be read as MIME. */
  static final class MalformedMailException extends Exception {
    MalformedMailException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  record File(String name, String contentType, byte[] content) {}

  /**
   * @param from the sender's address, lower case; null when there is none
   * @param automatic why it was sent by a machine (auto-reply, bulk mail, a bounce), or null
   * @param ours whether it carries our own header: one of our e-mails came back (a loop)
   */
  record Mail(String messageId, String from, String subject, String text, List<File> files, String automatic,
      boolean ours) {}

  private static final Session SESSION = Session.getInstance(new Properties());
  private static final Pattern QUOTE_START = Pattern.compile(
      "(?m)^(On .{3,200} wrote:|Am .{3,200} schrieb .{1,200}:|-{2,}\\s*Original Message\\s*-{2,}|From: .+|Von: .+|>.*)$");
  private static final Pattern AUTO_SUBJECT = Pattern.compile(
      "(?i)^(auto(matic)? ?(reply|response|antwort)|out of (the )?office|abwesenheit|undeliver|delivery status)");

  private MailParser() {}

  static Mail parse(byte[] raw, String loopHeader) throws MalformedMailException {
    try {
      MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
      String subject = message.getSubject() == null ? "" : message.getSubject().strip();
      List<File> files = new ArrayList<>();
      StringBuilder plain = new StringBuilder();
      StringBuilder html = new StringBuilder();
      walk(message, plain, html, files);
      String text = plain.length() > 0 ? plain.toString() : htmlToText(html.toString());
      return new Mail(message.getMessageID(), sender(message), subject, newText(text), files,
          automatic(message, subject), message.getHeader(loopHeader) != null);
    } catch (MessagingException | IOException | RuntimeException e) {
      throw new MalformedMailException(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
    }
  }

  private static void walk(Part part, StringBuilder plain, StringBuilder html, List<File> files)
      throws MessagingException, IOException {
    String fileName = part.getFileName();
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        walk(child, plain, html, files);
      }
    } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || fileName != null) {
      files.add(new File(decode(fileName == null ? "attachment" : fileName), baseType(part.getContentType()),
          part.getInputStream().readAllBytes()));
    } else if (part.isMimeType("text/plain")) {
      plain.append(part.getContent()).append('\n');
    } else if (part.isMimeType("text/html")) {
      html.append(part.getContent()).append('\n');
    }
  }

  private static String sender(MimeMessage message) throws MessagingException {
    Address[] from = message.getFrom();
    if (from == null || from.length == 0 || !(from[0] instanceof InternetAddress address)
        || address.getAddress() == null) {
      return null;
    }
    return address.getAddress().toLowerCase(Locale.ROOT);
  }

  /** RFC 3834 and the usual conventions of out-of-office replies, list mail and bounces. */
  private static String automatic(MimeMessage message, String subject) throws MessagingException {
    String autoSubmitted = first(message, "Auto-Submitted");
    if (autoSubmitted != null && !"no".equalsIgnoreCase(autoSubmitted.strip())) {
      return "Auto-Submitted: " + autoSubmitted.strip();
    }
    String precedence = first(message, "Precedence");
    if (precedence != null && precedence.strip().toLowerCase(Locale.ROOT).matches("bulk|junk|list|auto_reply")) {
      return "Precedence: " + precedence.strip();
    }
    for (String header : new String[] {"X-Autoreply", "X-Autorespond", "X-Auto-Response-Suppress", "List-Id"}) {
      if (first(message, header) != null) {
        return header;
      }
    }
    String returnPath = first(message, "Return-Path");
    if (returnPath != null && returnPath.strip().equals("<>")) {
      return "Return-Path: <> (a delivery report)";
    }
    if (AUTO_SUBJECT.matcher(subject).find()) {
      return "subject: " + subject;
    }
    return null;
  }

  private static String first(MimeMessage message, String header) throws MessagingException {
    String[] values = message.getHeader(header);
    return values == null || values.length == 0 ? null : values[0];
  }

  /** What the sender wrote now: without the quoted message they answered and without their signature. */
  static String newText(String text) {
    String normalised = text.replace("\r\n", "\n");
    java.util.regex.Matcher quote = QUOTE_START.matcher(normalised);
    String mine = quote.find() ? normalised.substring(0, quote.start()) : normalised;
    int signature = mine.indexOf("\n-- \n");
    if (signature >= 0) {
      mine = mine.substring(0, signature);
    }
    return mine.strip();
  }

  private static String htmlToText(String html) {
    return html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ")
        .replaceAll("(?i)<br\\s*/?>|</p>|</div>", "\n")
        .replaceAll("<[^>]+>", " ")
        .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
        .replaceAll("[ \\t]+", " ").strip();
  }

  private static String baseType(String contentType) {
    int semicolon = contentType == null ? -1 : contentType.indexOf(';');
    return (semicolon < 0 ? String.valueOf(contentType) : contentType.substring(0, semicolon)).strip()
        .toLowerCase(Locale.ROOT);
  }

  private static String decode(String name) {
    try {
      return MimeUtility.decodeText(name);
    } catch (UnsupportedEncodingException e) {
      return name;
    }
  }
}
