package org.itsmflow.problem;

import java.time.Instant;
import java.util.List;

/**
 * A known error (KE-000001): a problem with a known root cause or workaround, for incident
 * management to apply until the problem is fixed; kept as "resolved" after the fix.
 */
public record KnownError(String number, String problemNumber, String title, String symptoms, String cause,
    String workaround, String serviceCode, List<String> ciIds, String status, Instant createdAt, Instant updatedAt,
    Instant resolvedAt) {

  static final String ACTIVE = "active";
  static final String RESOLVED = "resolved";
}
