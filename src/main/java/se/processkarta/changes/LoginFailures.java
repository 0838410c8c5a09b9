package se.processkarta.changes;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Failed logins counted per user name and source address in the relational store, so that every
 * instance sharing it sees the same count. After {@value Users#MAX_FAILURES} failures from one
 * source within the window, that source waits before its next try for that name, twice as long
 * after each further failure (1 s, 2 s, 4 s, … at most the window): guessing is slowed to a crawl,
 * but nobody else is locked out, and a source that has not failed is never refused. Each count is
 * one atomic statement; old rows are purged every quarter of an hour.
 */
@Singleton
class LoginFailures {

  private final LoginFailureRepository repository;
  private final Clock clock;

  LoginFailures(LoginFailureRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  /** The key of a name from a source: names cannot hold a space (see Users). */
  static String key(String name, String source) {
    String s = source == null || source.isBlank() ? "-" : source.strip();
    return name + " " + (s.length() > 90 ? s.substring(0, 90) : s);
  }

  /**
   * Whether {@code key} must wait: it has had {@code max} failures or more within the open window
   * and its back-off since the last failure has not run out.
   */
  boolean waiting(String key, int max, Duration window) {
    Instant now = clock.instant();
    return repository
        .findById(key)
        .filter(f -> f.failures() >= max && f.firstAt().plus(window).isAfter(now))
        .filter(f -> f.lastAt().plus(backOff(f.failures() - max, window)).isAfter(now))
        .isPresent();
  }

  /**
   * 1 s after the limit's worth of failures, doubling with each further one, at most the window.
   */
  static Duration backOff(int beyond, Duration window) {
    if (beyond >= 20) {
      return window;
    }
    Duration d = Duration.ofSeconds(1L << Math.max(0, beyond));
    return d.compareTo(window) > 0 ? window : d;
  }

  /** Counts one failure for {@code key}: in the open window, or in a new one from now. */
  void record(String key, Duration window) {
    Instant now = clock.instant();
    Instant since = now.minus(window);
    for (int attempt = 0; attempt < 3; attempt++) {
      if (repository.countAnother(key, now, since) > 0
          || repository.startAgain(key, now, since) > 0) {
        return;
      }
      try {
        repository.save(new LoginFailure(key, 1, now, now));
        return;
      } catch (DataAccessException e) {
        // Another instance counted the first failure at the same moment: count on top of it.
      }
    }
  }

  void clear(String key) {
    repository.deleteById(key);
  }

  @Scheduled(fixedDelay = "15m", initialDelay = "15m")
  void purge() {
    repository.purgeBefore(clock.instant().minus(Users.WINDOW));
  }
}
