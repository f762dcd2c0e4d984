package org.itsmflow.reporting;

/** Shares and means as the reports show them: one decimal, and null (not 0) over nothing. */
public final class Rates {

  private Rates() {}

  /** {@code part} of {@code whole} in per cent, one decimal; null when {@code whole} is 0. */
  public static Double percent(long part, long whole) {
    return whole == 0 ? null : Math.round(1000.0 * part / whole) / 10.0;
  }

  /** One decimal; null for null. */
  public static Double oneDecimal(Double value) {
    return value == null ? null : Math.round(value * 10.0) / 10.0;
  }
}
