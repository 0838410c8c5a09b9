package se.processkarta.changes;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Failed logins are counted in the relational store, so that every instance on it shares one count
 * per user name (issue 11). Run on H2 and on PostgreSQL.
 */
abstract class LoginFailuresContract {

  @Inject Users users;
  @Inject LoginFailureRepository store;
  @Inject LoginFailures failures;

  @Test
  void failuresCountedByAnotherInstanceLockTheNameHereToo() {
    users.create("delad", "delad-password-1", "Delad", List.of("READER"));
    assertThat(users.login("delad", "delad-password-1")).isPresent();
    // Another instance on the same store has seen the limit's worth of wrong passwords.
    store.save(new LoginFailure("delad", Users.MAX_FAILURES, Instant.now()));
    assertThat(users.login("delad", "delad-password-1")).isEmpty();
  }

  @Test
  void theLimitLocksTheNameWhateverThePassword() {
    users.create("gissad", "gissad-password-1", "Gissad", List.of("READER"));
    for (int i = 0; i < Users.MAX_FAILURES; i++) {
      assertThat(users.login("gissad", "fel-" + i)).isEmpty();
    }
    assertThat(store.findById("gissad").orElseThrow().failures()).isEqualTo(Users.MAX_FAILURES);
    assertThat(users.login("gissad", "gissad-password-1")).isEmpty();
  }

  @Test
  void concurrentFailuresAreEachCountedOnce() throws Exception {
    var pool = Executors.newFixedThreadPool(8);
    try {
      var futures =
          IntStream.range(0, 24)
              .mapToObj(i -> pool.submit(() -> failures.record("ingen-sadan", Users.WINDOW)))
              .toList();
      for (var f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(store.findById("ingen-sadan").orElseThrow().failures()).isEqualTo(24);
  }

  @Test
  void anExpiredWindowStartsAgainAndASuccessClearsTheCount() {
    users.create("borta", "borta-password-1", "Borta", List.of("READER"));
    store.save(
        new LoginFailure(
            "borta", Users.MAX_FAILURES, Instant.now().minus(Users.WINDOW).minusSeconds(1)));
    assertThat(users.login("borta", "fel")).isEmpty();
    assertThat(store.findById("borta").orElseThrow().failures()).isEqualTo(1);
    assertThat(users.login("borta", "borta-password-1")).isPresent();
    assertThat(store.findById("borta")).isEmpty();
  }
}
