package org.itsmflow.record;

import java.util.Optional;

/**
 * A process package's own row lock on its records, for the kernel's {@link Records#lock}: the
 * package keeps the row it locked for the rest of the transaction, so that the step the kernel
 * locked for reads it without another statement. A type without one is locked by the kernel.
 */
public interface RecordLock {

  RecordType type();

  /** Locks the record until the transaction ends; its stored status, or empty when there is none. */
  Optional<String> lockStatus(String number);
}
