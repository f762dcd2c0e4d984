package org.itsmflow.change;

import java.time.Instant;

/** A change freeze (blackout) window; for every service when serviceCode is null. */
public record ChangeFreeze(long id, String name, Instant startsAt, Instant endsAt, String serviceCode, String reason,
    Instant createdAt, String createdBy) {

  boolean overlaps(Instant from, Instant to) {
    return startsAt.isBefore(to) && endsAt.isAfter(from);
  }

  boolean covers(String service) {
    return serviceCode == null || serviceCode.equals(service);
  }
}
