package org.itsmflow.record;

import java.util.Locale;

/**
 * A status of a record: every record type's status enum implements it, so that the kernel can
 * guard actions by status (409 naming the status) without knowing the type.
 */
public interface RecordStatus {

  /** The enum constant's name, as stored, e.g. {@code PLANNING_ACTION}. */
  String name();

  /** As the API shows it, e.g. {@code planning-action}. */
  default String id() {
    return id(name());
  }

  /** Whether the record's life has ended: nothing but reading is allowed. */
  boolean isEnded();

  /** The API form of a stored status name. */
  static String id(String stored) {
    return stored.toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
