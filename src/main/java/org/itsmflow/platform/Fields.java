package org.itsmflow.platform;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Checks of request fields that fail with a 400 naming the field. */
public final class Fields {

  /** The largest page a list endpoint answers. */
  public static final int MAX_PAGE_SIZE = 200;
  /** How far a list may be paged: beyond ten million rows a search narrows it better. */
  private static final int MAX_OFFSET = 10_000_000;
  // Control characters (but tab and line breaks) and the bidirectional overrides that make a title
  // read differently from what it is ("Trojan Source"): refused, never stored.
  private static final Pattern UNSAFE_CHARACTERS = Pattern.compile(
      "[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\u202A-\\u202E\\u2066-\\u2069]");

  private Fields() {}

  /** A list endpoint's page: {@code size} 1 to {@value #MAX_PAGE_SIZE}, {@code page} from 0. */
  public record Page(int offset, int limit) {}

  public static Page page(int page, int size) {
    range("size", size, 1, MAX_PAGE_SIZE);
    range("page", page, 0, MAX_OFFSET / size);
    return new Page(page * size, size);
  }

  public static String text(String field, String value, int maxLength) {
    String problem = textProblem(value, maxLength);
    if (problem != null) {
      throw new InvalidFieldException(field, problem);
    }
    return value.trim();
  }

  /** A text Bean Validation has checked ({@code @Text}): trimmed, or null when absent. */
  public static String trimmed(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  /** A listed value Bean Validation has checked ({@code @OneOf}): as the services read it, in lower case. */
  public static String listed(String value) {
    return value == null ? null : value.trim().toLowerCase(Locale.ROOT);
  }

  /**
   * What is wrong with a required text, or null: the one rule for text, at the API's edge (Bean
   * Validation, {@code @Text}) and in the services. Text as people typed it: no control characters
   * but tab and line breaks, no direction overrides.
   */
  public static String textProblem(String value, int maxLength) {
    if (value == null || value.isBlank()) {
      return "required";
    }
    if (value.length() > maxLength) {
      return "at most " + maxLength + " characters";
    }
    var unsafe = UNSAFE_CHARACTERS.matcher(value);
    if (unsafe.find()) {
      return String.format("contains the control character U+%04X at position %d; "
          + "control characters and text-direction overrides are not accepted", (int) unsafe.group().charAt(0),
          unsafe.start() + 1);
    }
    return null;
  }

  /** What is wrong with a value that must be one of these (case-insensitively), or null. */
  public static String oneOfProblem(String value, List<String> allowed) {
    return value != null && allowed.contains(value.trim().toLowerCase(Locale.ROOT)) ? null
        : "one of " + String.join(", ", allowed);
  }

  public static String optionalText(String field, String value, int maxLength) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return text(field, value, maxLength);
  }

  public static String matching(String field, String value, Pattern pattern, String expected) {
    if (value == null || !pattern.matcher(value).matches()) {
      throw new InvalidFieldException(field, expected);
    }
    return value;
  }

  public static int range(String field, Integer value, int min, int max) {
    if (value == null || value < min || value > max) {
      throw new InvalidFieldException(field, "a whole number from " + min + " to " + max);
    }
    return value;
  }

  /** One of these values, case-insensitively; returned in lower case. */
  public static String oneOf(String field, String value, List<String> allowed) {
    String problem = oneOfProblem(value, allowed);
    if (problem != null) {
      throw new InvalidFieldException(field, problem);
    }
    return value.trim().toLowerCase(Locale.ROOT);
  }

  /** A date and time with offset (ISO 8601), or null when not given. */
  public static Instant optionalInstant(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value.trim()).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidFieldException(field, "a date and time with offset, e.g. 2026-12-01T22:00:00Z");
    }
  }

  /** A required date and time with offset (ISO 8601). */
  public static Instant instant(String field, String value) {
    Instant instant = optionalInstant(field, value);
    if (instant == null) {
      throw new InvalidFieldException(field, "required: a date and time with offset, e.g. 2026-12-01T22:00:00Z");
    }
    return instant;
  }

  /** An enum constant named case-insensitively, e.g. "live" for LIVE. */
  public static <E extends Enum<E>> E oneOf(String field, String value, Class<E> type) {
    String allowed = Arrays.stream(type.getEnumConstants())
        .map(c -> c.name().toLowerCase(Locale.ROOT)).reduce((a, b) -> a + ", " + b).orElse("");
    if (value == null) {
      throw new InvalidFieldException(field, "required, one of " + allowed);
    }
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new InvalidFieldException(field, "one of " + allowed);
    }
  }
}
