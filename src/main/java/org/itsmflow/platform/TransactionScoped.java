package org.itsmflow.platform;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Values kept for the rest of the current database transaction: a record that one request reads,
 * locks and writes in several steps (the API action, the process's delegates, the answer) is read
 * from the database once. Nothing outlives the transaction, so another node's change applies to
 * the next one, and a transaction started inside this one (REQUIRES_NEW) sees nothing of it.
 * Outside a transaction nothing is kept.
 *
 * <p>Values must be immutable: every caller of {@link #get} gets the same instance.
 *
 * @param <K> the key, typically a record number
 * @param <V> the value as read or last written in this transaction
 */
public final class TransactionScoped<K, V> {

  private final DataSource dataSource;

  /** @param dataSource the database whose transactions scope the values */
  public TransactionScoped(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The value kept in this transaction, if any. */
  public Optional<V> get(K key) {
    Map<K, V> values = values(false);
    return values == null ? Optional.empty() : Optional.ofNullable(values.get(key));
  }

  /** The kept value, or the loaded one (then kept when present). */
  public Optional<V> get(K key, Supplier<Optional<V>> load) {
    Optional<V> kept = get(key);
    if (kept.isPresent()) {
      return kept;
    }
    Optional<V> loaded = load.get();
    loaded.ifPresent(value -> put(key, value));
    return loaded;
  }

  /** Keeps the value for the rest of the transaction (no-op outside one). */
  public void put(K key, V value) {
    Map<K, V> values = values(true);
    if (values != null) {
      values.put(key, value);
    }
  }

  /** Forgets the key: the next read in this transaction goes to the database. */
  public void forget(K key) {
    Map<K, V> values = values(false);
    if (values != null) {
      values.remove(key);
    }
  }

  /** The values of the current transaction; null outside one, or when another transaction holds the key. */
  private Map<K, V> values(boolean create) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return null;
    }
    // The connection holder is the physical transaction: REQUIRES_NEW binds a new one.
    Object transaction = TransactionSynchronizationManager.getResource(dataSource);
    if (transaction == null) {
      return null;
    }
    @SuppressWarnings("unchecked")
    Scope<K, V> scope = (Scope<K, V>) TransactionSynchronizationManager.getResource(this);
    if (scope != null) {
      return scope.transaction == transaction ? scope.values : null;
    }
    if (!create) {
      return null;
    }
    Scope<K, V> fresh = new Scope<>(transaction, new HashMap<>());
    TransactionSynchronizationManager.bindResource(this, fresh);
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCompletion(int status) {
        TransactionSynchronizationManager.unbindResourceIfPossible(TransactionScoped.this);
      }
    });
    return fresh.values;
  }

  private record Scope<K, V>(Object transaction, Map<K, V> values) {}
}
