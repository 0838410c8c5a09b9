package se.processkarta.changes;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import jakarta.inject.Singleton;

/**
 * Argon2id from password4j, with OWASP's recommended minimum (19 MiB, two passes, one lane). Never
 * a hash of our own making.
 */
@Singleton
class PasswordHashing {

  private static final Argon2Function ARGON2 =
      Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID, 19);

  /** A hash of a password that nobody has, checked against when the user does not exist. */
  private final String decoy = hash("processkarta-decoy-" + System.nanoTime());

  String hash(String password) {
    return Password.hash(password).addRandomSalt(16).with(ARGON2).getResult();
  }

  boolean matches(String password, String hash) {
    try {
      return Password.check(password, hash).with(ARGON2);
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** Spends the same time as a real check, so that a missing user cannot be told by timing. */
  void decoyCheck(String password) {
    matches(password, decoy);
  }
}
