package org.itsmflow.platform;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/** Checks of request fields that fail with a 400 naming the field. */
public final class Fields {

  private Fields() {}

  public static String text(String field, String value, int maxLength) {
    if (value == null || value.isBlank()) {
      throw new InvalidFieldException(field, "required");
    }
    if (value.length() > maxLength) {
      throw new InvalidFieldException(field, "at most " + maxLength + " characters");
    }
    return value.trim();
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
