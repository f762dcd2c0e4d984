package org.itsmflow.workspace;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.itsmflow.platform.Fields;
import org.itsmflow.platform.InvalidFieldException;
import org.springframework.web.util.UriComponentsBuilder;

/** A list page's parameters as people send them from its filter form: blank means "any". */
public final class ListParams {

  private ListParams() {}

  public static String text(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  /** A date like 2026-12-31; 400 naming the field otherwise. */
  public static LocalDate date(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidFieldException(field, "must be a date like 2026-12-31");
    }
  }

  /** A whole number in this range; 400 naming the field otherwise. */
  public static Integer wholeNumber(String field, String value, int min, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Fields.range(field, Integer.parseInt(value.trim()), min, max);
    } catch (NumberFormatException e) {
      throw new InvalidFieldException(field, "must be a whole number from " + min + " to " + max);
    }
  }

  /** The page asked for, from 0. */
  public static int page(Map<String, String> params) {
    Integer page = wholeNumber("page", params.get("page"), 0, 100_000);
    return page == null ? 0 : page;
  }

  /** The list's address with the same filters, ending in "page=" for the pager to complete. */
  public static String pageLink(String path, Map<String, String> params) {
    UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
    params.forEach((name, value) -> {
      if (!"page".equals(name) && value != null && !value.isBlank()) {
        link.queryParam(name, value);
      }
    });
    String query = link.encode().build().toUriString();
    return query + (query.contains("?") ? "&" : "?") + "page=";
  }
}
