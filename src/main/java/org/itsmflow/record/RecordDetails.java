package org.itsmflow.record;

import java.util.List;
import java.util.Optional;

/**
 * What a record of one type shows on its workspace page besides what every record has: each of
 * its fields with a label people read. Each process package implements it for its own records.
 */
public interface RecordDetails {

  /** A field as the page shows it; a date ({@link java.time.Instant}) is shown in the viewer's zone. */
  record Detail(String label, Object value) {}

  /** The record as a page shows it: its title, its fields, its process instance. */
  record Shown(String title, List<Detail> details, String processInstanceId) {}

  RecordType type();

  /** The record; empty when there is none with this number. */
  Optional<Shown> show(String number);

  /**
   * The template whose fragment {@code actions} the record page shows for this type (its forms
   * for the steps the workspace offers), or null for none.
   */
  default String actions() {
    return null;
  }
}
