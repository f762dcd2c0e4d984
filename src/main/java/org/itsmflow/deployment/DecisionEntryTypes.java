package org.itsmflow.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a decision table's entry fits its column's declared type, as far as its literals tell:
 * a text in an integer column ("two" where a priority is asked for) fails every evaluation that
 * reaches the rule, long after the table was deployed. Input entries are FEEL unary tests (lists,
 * comparisons, ranges, not(...)), output entries expressions; an entry that is not a literal (a
 * variable, a computation, a date function) is left to the engine. Pure.
 */
final class DecisionEntryTypes {

  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final Pattern WHOLE = Pattern.compile("-?\\d+");
  private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");

  private enum Kind { STRING, NUMBER, BOOLEAN, OTHER }

  private DecisionEntryTypes() {}

  /** Why the entry does not fit the column's type, or null when it fits or cannot be told. */
  static String mismatch(String typeRef, String entry, boolean unaryTests) {
    if (typeRef == null || typeRef.isBlank() || entry == null) {
      return null;
    }
    String type = typeRef.strip().toLowerCase(Locale.ROOT);
    String text = entry.strip();
    if (text.isEmpty() || text.equals("-")) {
      return null;
    }
    for (String literal : unaryTests ? literals(text) : List.of(text)) {
      Kind kind = kind(literal);
      boolean fits = switch (type) {
        case "integer", "long" -> kind != Kind.STRING && kind != Kind.BOOLEAN
            && (kind != Kind.NUMBER || WHOLE.matcher(literal).matches());
        case "double" -> kind != Kind.STRING && kind != Kind.BOOLEAN;
        case "string" -> kind != Kind.NUMBER && kind != Kind.BOOLEAN;
        case "boolean" -> kind != Kind.STRING && kind != Kind.NUMBER;
        default -> true;
      };
      if (!fits) {
        return literal + " is " + describe(kind, literal) + ", not " + article(type) + " " + type;
      }
    }
    return null;
  }

  /** The literals a unary test compares with: not(...), lists, comparisons and ranges taken apart. */
  static List<String> literals(String tests) {
    String text = tests.strip();
    if (text.startsWith("not(") && text.endsWith(")")) {
      text = text.substring(4, text.length() - 1);
    }
    List<String> literals = new ArrayList<>();
    for (String test : split(text)) {
      String t = test.strip().replaceFirst("^(<=|>=|!=|<|>|=)", "").strip();
      if (t.length() > 1 && "[(]".indexOf(t.charAt(0)) >= 0 && "])[".indexOf(t.charAt(t.length() - 1)) >= 0
          && t.contains("..")) {
        String inner = t.substring(1, t.length() - 1);
        int dots = inner.indexOf("..");
        literals.add(inner.substring(0, dots).strip());
        literals.add(inner.substring(dots + 2).strip());
      } else {
        literals.add(t);
      }
    }
    return literals;
  }

  /** Splits a list of tests at commas outside strings, brackets and parentheses. */
  static List<String> split(String text) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    boolean quoted = false;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' && (i == 0 || text.charAt(i - 1) != '\\')) {
        quoted = !quoted;
      } else if (!quoted && (c == '(' || c == '[')) {
        depth++;
      } else if (!quoted && (c == ')' || c == ']')) {
        depth--;
      } else if (!quoted && depth == 0 && c == ',') {
        parts.add(text.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(text.substring(start));
    return parts;
  }

  private static Kind kind(String literal) {
    if (STRING.matcher(literal).matches()) {
      return Kind.STRING;
    }
    if (NUMBER.matcher(literal).matches()) {
      return Kind.NUMBER;
    }
    if (literal.equals("true") || literal.equals("false")) {
      return Kind.BOOLEAN;
    }
    return Kind.OTHER;
  }

  private static String describe(Kind kind, String literal) {
    return switch (kind) {
      case STRING -> "a text";
      case BOOLEAN -> "true or false";
      case NUMBER -> literal.contains(".") ? "a decimal number" : "a number";
      case OTHER -> "an expression";
    };
  }

  private static String article(String type) {
    return "aeiou".indexOf(type.charAt(0)) >= 0 ? "an" : "a";
  }
}
