package org.itsmflow.record;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.itsmflow.platform.DataSizes;
import org.itsmflow.platform.InvalidFieldException;
import org.itsmflow.platform.TooLargeException;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;

/**
 * What a file must be to be attached: a name, a size within the limit, a type on the allow-list
 * and content that looks like that type (a program renamed to {@code report.pdf} is refused). Every
 * refusal names the field {@code file}.
 */
final class AttachmentRules {

  static final String FIELD = "file";
  static final int MAX_NAME = 255;
  /** How much of the content {@link #checkContent} looks at. */
  static final int HEAD = 8192;

  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] EMPTY_ZIP = {'P', 'K', 5, 6};
  /** How files of a type begin; types not listed here are checked for their name and size only. */
  private static final Map<String, byte[][]> SIGNATURES = Map.ofEntries(
      Map.entry("application/pdf", new byte[][] {ascii("%PDF-")}),
      Map.entry("image/png", new byte[][] {{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}}),
      Map.entry("image/jpeg", new byte[][] {{(byte) 0xff, (byte) 0xd8, (byte) 0xff}}),
      Map.entry("image/gif", new byte[][] {ascii("GIF87a"), ascii("GIF89a")}),
      Map.entry("application/zip", new byte[][] {ZIP, EMPTY_ZIP}),
      Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", new byte[][] {ZIP}),
      Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new byte[][] {ZIP}),
      Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", new byte[][] {ZIP}),
      Map.entry("application/vnd.oasis.opendocument.text", new byte[][] {ZIP}),
      Map.entry("application/vnd.oasis.opendocument.spreadsheet", new byte[][] {ZIP}));

  private final AttachmentProperties properties;

  AttachmentRules(AttachmentProperties properties) {
    this.properties = properties;
  }

  /** The name to keep: without any folder a browser sent, control characters or surrounding blanks. */
  String fileName(String original) {
    String name = original == null ? "" : original.replaceAll("[\\p{Cntrl}]", "").trim();
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).trim();
    if (name.isEmpty() || name.equals(".") || name.equals("..")) {
      throw new InvalidFieldException(FIELD, "required: a file with its name");
    }
    if (name.length() > MAX_NAME) {
      int dot = name.lastIndexOf('.');
      String extension = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
      name = name.substring(0, MAX_NAME - extension.length()) + extension;
    }
    return name;
  }

  /** Empty files and files over the limit are refused (413 for the latter, saying the limit). */
  void checkSize(long bytes) {
    if (bytes <= 0) {
      throw new InvalidFieldException(FIELD, "the file is empty");
    }
    if (bytes > properties.maxSize().toBytes()) {
      throw new TooLargeException(FIELD, "the file has " + DataSizes.readable(bytes) + "; files up to "
          + DataSizes.readable(properties.maxSize().toBytes()) + " are taken");
    }
  }

  /**
   * The type to keep: the one the client declared, or, where it declared none or only "some bytes"
   * (application/octet-stream), the one its name says. It must be on the allow-list.
   */
  String contentType(String declared, String fileName) {
    String type = parse(declared);
    if (type == null || type.equals(MediaType.APPLICATION_OCTET_STREAM_VALUE)) {
      type = MediaTypeFactory.getMediaType(fileName).map(AttachmentRules::essence).orElse(null);
    }
    if (type == null || !properties.allowedTypes().contains(type)) {
      throw new InvalidFieldException(FIELD, (type == null ? "the type of " + fileName + " is not known"
          : "files of type " + type + " are not taken") + "; taken are " + String.join(", ", properties.allowedTypes()));
    }
    return type;
  }

  /** The content must begin as files of its type do; text must not hold binary data. */
  void checkContent(String type, byte[] head) {
    byte[][] signatures = SIGNATURES.get(type);
    if (signatures != null && Arrays.stream(signatures).noneMatch(signature -> startsWith(head, signature))) {
      throw new InvalidFieldException(FIELD, "the content is not a " + type + " file");
    }
    boolean text = type.startsWith("text/") || type.equals("application/json") || type.equals("message/rfc822");
    if (text && containsZero(head)) {
      throw new InvalidFieldException(FIELD, "the content is not text (" + type + ")");
    }
  }

  private static String parse(String declared) {
    if (declared == null || declared.isBlank()) {
      return null;
    }
    try {
      return essence(MediaType.parseMediaType(declared));
    } catch (IllegalArgumentException unreadable) {
      throw new InvalidFieldException(FIELD, "the declared type '" + declared + "' is not a content type");
    }
  }

  private static String essence(MediaType type) {
    return (type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT);
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
  }

  private static boolean containsZero(byte[] content) {
    for (byte b : content) {
      if (b == 0) {
        return true;
      }
    }
    return false;
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
