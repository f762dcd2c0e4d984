package org.itsmflow.ports;

/**
 * Nonconformities as other packages raise them (ISO 20000 10.1): an internal audit's
 * nonconformity is recorded and its corrective action starts, as if recorded through the API; when
 * it is closed, {@link NonconformityClosed} is published in the same transaction.
 */
public interface NonconformityPort {

  /**
   * Records the nonconformity (source {@code audit-finding}) found by {@code detectedBy} against
   * {@code clause}; {@code severity} {@code major} or {@code minor}. The new record's number.
   */
  String raiseAuditFinding(String title, String description, String clause, String severity, String detectedBy);

  /** The nonconformity's status as the API writes it ({@code recorded}, ..., {@code closed}); null for none. */
  String status(String number);

  /** A nonconformity's corrective action was effective and it was closed. */
  record NonconformityClosed(String number) {}
}
