package se.processkarta.changes;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Failed logins counted per user name in the relational store, so that every instance sharing it
 * sees the same count: spreading guesses over several instances gains an attacker nothing. Each
 * count is one atomic statement; expired windows are purged every quarter of an hour.
 */
@Singleton
class LoginFailures {

  private final LoginFailureRepository repository;
  private final Clock clock;

  LoginFailures(LoginFailureRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  /** Whether {@code name} has had {@code max} failures within the window that is still open. */
  boolean lockedOut(String name, int max, Duration window) {
    Instant now = clock.instant();
    return repository
        .findById(name)
        .filter(f -> f.failures() >= max && f.firstAt().plus(window).isAfter(now))
        .isPresent();
  }

  /** Counts one failure for {@code name}: in the open window, or in a new one from now. */
  void record(String name, Duration window) {
    Instant now = clock.instant();
    Instant since = now.minus(window);
    for (int attempt = 0; attempt < 3; attempt++) {
      if (repository.countAnother(name, since) > 0 || repository.startAgain(name, now, since) > 0) {
        return;
      }
      try {
        repository.save(new LoginFailure(name, 1, now));
        return;
      } catch (DataAccessException e) {
        // Another instance counted the first failure at the same moment: count on top of it.
      }
    }
  }

  void clear(String name) {
    repository.deleteById(name);
  }

  @Scheduled(fixedDelay = "15m", initialDelay = "15m")
  void purge() {
    repository.purgeBefore(clock.instant().minus(Users.WINDOW));
  }
}
