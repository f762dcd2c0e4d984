package org.itsmflow.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Which password the engine last accepted for a user, against which stored password hash: the
 * same password against the same hash gets the same answer again, so an API client sending Basic
 * credentials with every request has them checked by the engine once, not on every request. A
 * changed password (a new hash) or another password is checked by the engine again, and counts
 * towards its login throttling as before.
 *
 * <p>Only a keyed digest of the password is kept (HMAC-SHA256 under a key drawn when the
 * application starts), never the password, and at most {@value #CAPACITY} users.
 */
final class AcceptedPasswords {

  static final int CAPACITY = 10_000;

  private final SecretKeySpec key;
  private final Map<String, Accepted> byUser = new ConcurrentHashMap<>();

  private record Accepted(String storedHash, byte[] digest) {}

  AcceptedPasswords() {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    this.key = new SecretKeySpec(secret, "HmacSHA256");
  }

  /** The engine accepted this password for the user while their stored hash was this one. */
  void accepted(String userId, String storedHash, String password) {
    if (storedHash == null) {
      return;
    }
    if (byUser.size() >= CAPACITY && !byUser.containsKey(userId)) {
      byUser.clear();
    }
    byUser.put(userId, new Accepted(storedHash, digest(userId, password)));
  }

  /** Whether the engine accepted exactly this password against exactly this stored hash. */
  boolean isAccepted(String userId, String storedHash, String password) {
    Accepted accepted = byUser.get(userId);
    return accepted != null && storedHash != null && accepted.storedHash().equals(storedHash)
        && MessageDigest.isEqual(accepted.digest(), digest(userId, password));
  }

  void forget(String userId) {
    byUser.remove(userId);
  }

  private byte[] digest(String userId, String password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(userId.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException unavailable) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", unavailable);
    }
  }
}
