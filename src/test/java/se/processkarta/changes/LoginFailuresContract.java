package se.processkarta.changes;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Failed logins are counted per user name and source address in the relational store, so that every
 * instance on it shares one count (issue 11), and a stranger cannot lock anyone out (issue 20). Run
 * on H2 and on PostgreSQL.
 */
abstract class LoginFailuresContract {

  static final String HERE = "192.0.2.10";
  static final String STRANGER = "198.51.100.7";

  @Inject Users users;
  @Inject LoginFailureRepository store;
  @Inject LoginFailures failures;

  @Test
  void failuresCountedByAnotherInstanceHoldBackThatSourceHereToo() {
    users.create("delad", "delad-password-1", "Delad", List.of("READER"));
    assertThat(users.login("delad", "delad-password-1", HERE)).isPresent();
    // Another instance on the same store has just seen the limit's worth of wrong passwords.
    Instant now = Instant.now();
    store.save(
        new LoginFailure(LoginFailures.key("delad", HERE), Users.MAX_FAILURES + 3, now, now));
    assertThat(users.login("delad", "delad-password-1", HERE)).isEmpty();
  }

  @Test
  void aStrangersGuessesNeverLockOutTheRightPasswordFromAnotherSource() {
    users.create("gissad", "gissad-password-1", "Gissad", List.of("MODEL_OWNER"));
    for (int i = 0; i < Users.MAX_FAILURES; i++) {
      assertThat(users.login("gissad", "fel-" + i, STRANGER)).isEmpty();
    }
    // The guessing source waits, even with the right password...
    assertThat(store.findById(LoginFailures.key("gissad", STRANGER)).orElseThrow().failures())
        .isEqualTo(Users.MAX_FAILURES);
    assertThat(users.login("gissad", "gissad-password-1", STRANGER)).isEmpty();
    // ...but the owner, from where they are, logs in at once.
    assertThat(users.login("gissad", "gissad-password-1", HERE)).isPresent();
  }

  @Test
  void theBackOffDoublesAndEndsWithTheWindow() {
    assertThat(LoginFailures.backOff(0, Users.WINDOW)).hasSeconds(1);
    assertThat(LoginFailures.backOff(1, Users.WINDOW)).hasSeconds(2);
    assertThat(LoginFailures.backOff(5, Users.WINDOW)).hasSeconds(32);
    assertThat(LoginFailures.backOff(12, Users.WINDOW)).isEqualTo(Users.WINDOW);
    assertThat(LoginFailures.backOff(400, Users.WINDOW)).isEqualTo(Users.WINDOW);
    // A source whose back-off has run out may try again.
    users.create("vantar", "vantar-password-1", "Väntar", List.of("READER"));
    Instant long_ago = Instant.now().minusSeconds(5);
    store.save(
        new LoginFailure(
            LoginFailures.key("vantar", HERE), Users.MAX_FAILURES, long_ago, long_ago));
    assertThat(users.login("vantar", "vantar-password-1", HERE)).isPresent();
  }

  @Test
  void concurrentFailuresAreEachCountedOnce() throws Exception {
    var pool = Executors.newFixedThreadPool(8);
    String key = LoginFailures.key("ingen-sadan", HERE);
    try {
      var futures =
          IntStream.range(0, 24)
              .mapToObj(i -> pool.submit(() -> failures.record(key, Users.WINDOW)))
              .toList();
      for (var f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(store.findById(key).orElseThrow().failures()).isEqualTo(24);
  }

  @Test
  void anExpiredWindowStartsAgainAndASuccessClearsTheCount() {
    users.create("borta", "borta-password-1", "Borta", List.of("READER"));
    Instant old = Instant.now().minus(Users.WINDOW).minusSeconds(1);
    String key = LoginFailures.key("borta", HERE);
    store.save(new LoginFailure(key, Users.MAX_FAILURES, old, old));
    assertThat(users.login("borta", "fel", HERE)).isEmpty();
    assertThat(store.findById(key).orElseThrow().failures()).isEqualTo(1);
    assertThat(users.login("borta", "borta-password-1", HERE)).isPresent();
    assertThat(store.findById(key)).isEmpty();
  }
}
