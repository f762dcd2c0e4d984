package org.itsmflow.record;

/**
 * What the kernel knows of every record whatever its type: its number, type and status.
 *
 * @param storedStatus the status as stored, e.g. {@code PLANNING_ACTION}
 * @param ended whether the record's life has ended (its process is over)
 */
public record RecordHeader(RecordType type, String number, String storedStatus, boolean ended) {

  /** The status as the API shows it, e.g. {@code planning-action}. */
  public String status() {
    return RecordStatus.id(storedStatus);
  }
}
