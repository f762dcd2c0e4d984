package org.itsmflow.deployment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which rules of a decision table can match the same inputs where its hit policy forbids it:
 * under UNIQUE (the DMN default) any two, under ANY two with different outputs. The engine finds
 * out only when such inputs arrive, and fails that evaluation ("DMN-03001"), so every incident
 * with those inputs would fail to start. Input entries are read as far as their literals tell
 * (lists, comparisons, ranges, not(...), "-"); a pair of rules with an entry that is not a
 * literal (a variable, a function) is left alone, since whether they overlap cannot be told.
 * Pure.
 */
final class DecisionRuleOverlaps {

  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");

  /** A rule as read: its place, input entries in column order, output entries. */
  record Rule(String id, ModelViolation place, List<String> inputs, List<String> outputs) {}

  /** An input column: its label for the message and its declared type. */
  record Column(String label, String typeRef) {}

  /** Two rules that match together, and inputs for which they do ("Impact = 1, Urgency = 2"). */
  record Overlap(Rule first, Rule second, String example) {}

  private DecisionRuleOverlaps() {}

  static List<Overlap> find(String hitPolicy, List<Column> columns, List<Rule> rules) {
    String policy = hitPolicy == null || hitPolicy.isBlank() ? "UNIQUE" : hitPolicy.strip().toUpperCase(Locale.ROOT);
    if (!policy.equals("UNIQUE") && !policy.equals("ANY")) {
      return List.of();
    }
    List<List<Condition>> conditions = rules.stream().map(rule -> conditions(columns, rule)).toList();
    List<Overlap> overlaps = new ArrayList<>();
    for (int second = 1; second < rules.size(); second++) {
      for (int first = 0; first < second; first++) {
        if (policy.equals("ANY") && outputs(rules.get(first)).equals(outputs(rules.get(second)))) {
          continue;
        }
        String example = example(columns, conditions.get(first), conditions.get(second));
        if (example != null) {
          overlaps.add(new Overlap(rules.get(first), rules.get(second), example));
          break;
        }
      }
    }
    return overlaps;
  }

  /** The message for the second rule of an overlap. */
  static String message(String hitPolicy, Overlap overlap) {
    String policy = hitPolicy == null || hitPolicy.isBlank() ? "UNIQUE" : hitPolicy.strip().toUpperCase(Locale.ROOT);
    String both = "rules '" + overlap.first().id() + "' and '" + overlap.second().id() + "' both match "
        + overlap.example();
    return policy.equals("ANY")
        ? both + " but give different outputs: hit policy ANY lets rules match together only when their outputs "
            + "agree, so every evaluation with such inputs would fail"
        : both + ": hit policy " + policy + " lets only one rule match, so every evaluation with such inputs would "
            + "fail (make the rules exclusive, or choose hit policy FIRST)";
  }

  private static List<String> outputs(Rule rule) {
    return rule.outputs().stream().map(String::strip).toList();
  }

  private static List<Condition> conditions(List<Column> columns, Rule rule) {
    List<Condition> conditions = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      String entry = i < rule.inputs().size() ? rule.inputs().get(i) : "";
      conditions.add(parse(entry, columns.get(i).typeRef()));
    }
    return conditions;
  }

  /** Inputs both rules match ("when Impact = 1"), or null when there are none or it cannot be told. */
  private static String example(List<Column> columns, List<Condition> first, List<Condition> second) {
    List<String> values = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      Witness witness = first.get(i).meet(second.get(i));
      if (witness == null) {
        return null;
      }
      if (witness.value() != null) {
        values.add(columns.get(i).label() + " = " + witness.value());
      }
    }
    return values.isEmpty() ? "for every input" : "when " + String.join(", ", values);
  }

  // --- input entries as sets of values ----------------------------------------------------------

  /** A value both conditions hold for: value null means any value does. */
  private record Witness(String value) {}

  private sealed interface Condition permits Anything, Unknown, Values, Numbers {
    /** A value both hold for; null when none does or it cannot be told. */
    Witness meet(Condition other);
  }

  /** "-" or an empty entry. */
  private record Anything() implements Condition {
    @Override
    public Witness meet(Condition other) {
      if (other instanceof Anything) {
        return new Witness(null);
      }
      if (other instanceof Values v) {
        return v.negated() ? new Witness(null) : v.values().stream().findFirst().map(Witness::new).orElse(null);
      }
      if (other instanceof Numbers n) {
        return n.intervals().isEmpty() ? null : new Witness(n.intervals().get(0).point());
      }
      return null;
    }
  }

  /** An expression: what it matches is not told by literals. */
  private record Unknown() implements Condition {
    @Override
    public Witness meet(Condition other) {
      return null;
    }
  }

  /** Texts or booleans: one of these values, or (negated) none of them. */
  private record Values(Set<String> values, boolean negated) implements Condition {
    @Override
    public Witness meet(Condition other) {
      if (other instanceof Anything) {
        return other.meet(this);
      }
      if (!(other instanceof Values v)) {
        return null;
      }
      if (negated && v.negated()) {
        // Two lists of excluded values: a text in neither matches both.
        return new Witness(null);
      }
      Values listed = negated ? v : this;
      Values against = negated ? this : v;
      return listed.values().stream().filter(x -> against.negated() != against.values().contains(x)).findFirst()
          .map(Witness::new).orElse(null);
    }
  }

  /** Numbers: a union of intervals. */
  private record Numbers(List<Interval> intervals) implements Condition {
    @Override
    public Witness meet(Condition other) {
      if (other instanceof Anything) {
        return other.meet(this);
      }
      if (!(other instanceof Numbers n)) {
        return null;
      }
      return intervals.stream().flatMap(x -> n.intervals().stream().map(x::intersect)).filter(i -> i != null)
          .findFirst().map(i -> new Witness(i.point())).orElse(null);
    }
  }

  /**
   * From {@code low} to {@code high}, each end included or not; null ends are unbounded. In an
   * integer column both ends are whole numbers and included.
   */
  private record Interval(BigDecimal low, boolean lowIn, BigDecimal high, boolean highIn, boolean whole) {

    static Interval of(BigDecimal low, boolean lowIn, BigDecimal high, boolean highIn, boolean whole) {
      if (whole) {
        if (low != null) {
          BigDecimal ceiling = low.setScale(0, RoundingMode.CEILING);
          low = !lowIn && ceiling.compareTo(low) == 0 ? ceiling.add(BigDecimal.ONE) : ceiling;
          lowIn = true;
        }
        if (high != null) {
          BigDecimal floor = high.setScale(0, RoundingMode.FLOOR);
          high = !highIn && floor.compareTo(high) == 0 ? floor.subtract(BigDecimal.ONE) : floor;
          highIn = true;
        }
      }
      if (low != null && high != null) {
        int order = low.compareTo(high);
        if (order > 0 || (order == 0 && !(lowIn && highIn))) {
          return null;
        }
      }
      return new Interval(low, lowIn, high, highIn, whole);
    }

    Interval intersect(Interval other) {
      boolean lowFromThis = other.low == null || (low != null && (low.compareTo(other.low) > 0
          || (low.compareTo(other.low) == 0 && !lowIn)));
      boolean highFromThis = other.high == null || (high != null && (high.compareTo(other.high) < 0
          || (high.compareTo(other.high) == 0 && !highIn)));
      return of(lowFromThis ? low : other.low, lowFromThis ? lowIn : other.lowIn,
          highFromThis ? high : other.high, highFromThis ? highIn : other.highIn, whole);
    }

    /** A number inside, as FEEL writes it. */
    String point() {
      BigDecimal value;
      if (low != null && lowIn) {
        value = low;
      } else if (high != null && highIn) {
        value = high;
      } else if (low != null && high != null) {
        value = low.add(high).divide(BigDecimal.valueOf(2));
      } else if (low != null) {
        value = low.add(BigDecimal.ONE);
      } else if (high != null) {
        value = high.subtract(BigDecimal.ONE);
      } else {
        value = BigDecimal.ZERO;
      }
      return value.stripTrailingZeros().toPlainString();
    }
  }

  static boolean whole(String typeRef) {
    String type = typeRef == null ? "" : typeRef.strip().toLowerCase(Locale.ROOT);
    return type.equals("integer") || type.equals("long");
  }

  private static Condition parse(String entry, String typeRef) {
    String text = entry == null ? "" : entry.strip();
    if (text.isEmpty() || text.equals("-")) {
      return new Anything();
    }
    boolean negated = text.startsWith("not(") && text.endsWith(")");
    if (negated) {
      text = text.substring(4, text.length() - 1).strip();
    }
    Condition tests = tests(text, whole(typeRef));
    if (tests instanceof Values values) {
      boolean bool = "boolean".equalsIgnoreCase(typeRef == null ? "" : typeRef.strip());
      Values result = new Values(values.values(), negated);
      return bool && negated ? new Values(complement(values.values()), false) : result;
    }
    if (tests instanceof Numbers numbers) {
      return negated ? new Numbers(complement(numbers.intervals(), whole(typeRef))) : numbers;
    }
    return new Unknown();
  }

  private static Set<String> complement(Set<String> booleans) {
    Set<String> rest = new LinkedHashSet<>(List.of("true", "false"));
    rest.removeAll(booleans);
    return rest;
  }

  /** A list of tests: all of texts and booleans, or all of numbers; anything else is unknown. */
  private static Condition tests(String text, boolean whole) {
    Set<String> values = new LinkedHashSet<>();
    List<Interval> intervals = new ArrayList<>();
    boolean numbers = false;
    for (String literal : DecisionEntryTypes.split(text)) {
      String test = literal.strip();
      if (STRING.matcher(test).matches() || test.equals("true") || test.equals("false")) {
        values.add(test);
        continue;
      }
      List<Interval> interval = interval(test, whole);
      if (interval == null) {
        return new Unknown();
      }
      numbers = true;
      intervals.addAll(interval);
    }
    if (!values.isEmpty() && numbers) {
      return new Unknown();
    }
    return numbers ? new Numbers(intervals) : new Values(values, false);
  }

  /**
   * A number, a comparison with one or a range: the numbers it holds (none, in an integer column,
   * for (1..2)); null when the test is none of these.
   */
  private static List<Interval> interval(String test, boolean whole) {
    for (String operator : List.of("<=", ">=", "<", ">", "=")) {
      if (test.startsWith(operator)) {
        String number = test.substring(operator.length()).strip();
        if (!NUMBER.matcher(number).matches()) {
          return null;
        }
        BigDecimal n = new BigDecimal(number);
        return holding(switch (operator) {
          case "<=" -> Interval.of(null, false, n, true, whole);
          case ">=" -> Interval.of(n, true, null, false, whole);
          case "<" -> Interval.of(null, false, n, false, whole);
          case ">" -> Interval.of(n, false, null, false, whole);
          default -> Interval.of(n, true, n, true, whole);
        });
      }
    }
    if (NUMBER.matcher(test).matches()) {
      BigDecimal n = new BigDecimal(test);
      return holding(Interval.of(n, true, n, true, whole));
    }
    if (test.length() > 4 && "[(]".indexOf(test.charAt(0)) >= 0 && "])[".indexOf(test.charAt(test.length() - 1)) >= 0) {
      String inner = test.substring(1, test.length() - 1);
      int dots = inner.indexOf("..");
      if (dots < 0) {
        return null;
      }
      String low = inner.substring(0, dots).strip();
      String high = inner.substring(dots + 2).strip();
      if (!NUMBER.matcher(low).matches() || !NUMBER.matcher(high).matches()) {
        return null;
      }
      return holding(Interval.of(new BigDecimal(low), test.charAt(0) == '[', new BigDecimal(high),
          test.charAt(test.length() - 1) == ']', whole));
    }
    return null;
  }

  private static List<Interval> holding(Interval interval) {
    return interval == null ? List.of() : List.of(interval);
  }

  /** The numbers none of the intervals holds. */
  private static List<Interval> complement(List<Interval> intervals, boolean whole) {
    List<Interval> sorted = intervals.stream()
        .sorted(Comparator.comparing(Interval::low, Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
    List<Interval> gaps = new ArrayList<>();
    // The next gap starts at the cursor (null: minus infinity), the cursor itself included or not.
    BigDecimal cursor = null;
    boolean cursorIn = false;
    for (Interval i : sorted) {
      if (i.low() != null) {
        Interval gap = Interval.of(cursor, cursorIn, i.low(), !i.lowIn(), whole);
        if (gap != null) {
          gaps.add(gap);
        }
      }
      if (i.high() == null) {
        return gaps;
      }
      if (cursor == null || i.high().compareTo(cursor) > 0 || (i.high().compareTo(cursor) == 0 && i.highIn())) {
        cursor = i.high();
        cursorIn = !i.highIn();
      }
    }
    Interval rest = Interval.of(cursor, cursorIn, null, false, whole);
    if (rest != null) {
      gaps.add(rest);
    }
    return gaps;
  }
}
