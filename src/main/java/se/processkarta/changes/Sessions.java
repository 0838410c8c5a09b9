package se.processkarta.changes;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Browser sessions, kept in the relational store and checked on every request: the cookie carries
 * only a random id, and who the user is and what they may do are read from the user store each
 * time. A disabled user, a password reset or a logout ends the session at once, on every instance
 * that shares the store; a demotion takes effect on the next request.
 */
@Singleton
public class Sessions {

  /** The attribute of the request's authentication that holds the session's CSRF token. */
  public static final String CSRF_ATTRIBUTE = "csrf";

  /** The attribute of a session's authentication that holds the user's name for people. */
  public static final String DISPLAY_NAME_ATTRIBUTE = "displayName";

  private static final SecureRandom RANDOM = new SecureRandom();

  private final WebSessionRepository sessions;
  private final AppUserRepository users;
  private final Clock clock;
  private final Duration length;

  Sessions(
      WebSessionRepository sessions,
      AppUserRepository users,
      Clock clock,
      @Value("${processkarta.session-seconds:1800}") long seconds) {
    this.sessions = sessions;
    this.users = users;
    this.clock = clock;
    this.length = Duration.ofSeconds(seconds);
  }

  /** A live session: its user, their permissions now, and the session's CSRF token. */
  public record Live(
      String username, String displayName, Set<Permission> permissions, String csrf) {}

  /** Opens a new session for {@code username}; the answer is the cookie's value, shown once. */
  public String open(String username) {
    String id = random();
    Instant now = clock.instant();
    sessions.save(
        new WebSession(
            hash(id), username.strip().toLowerCase(Locale.ROOT), random(), now, now.plus(length)));
    return id;
  }

  /**
   * The session a cookie names, if it is open, not expired, and its user exists and is not
   * disabled; the permissions are the user's as stored now.
   */
  public Optional<Live> find(String cookie) {
    if (cookie == null || cookie.length() < 32 || cookie.length() > 64) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    return sessions
        .findById(hash(cookie))
        .filter(s -> s.expiresAt().isAfter(now))
        .flatMap(
            s ->
                users
                    .findById(s.username())
                    .filter(u -> !u.disabled())
                    .map(
                        u ->
                            new Live(
                                u.username(),
                                u.displayName(),
                                Users.parse(u.permissions()),
                                s.csrf())));
  }

  /** Ends the session a cookie names (logout); nothing when there is none. */
  public void close(String cookie) {
    if (cookie != null && !cookie.isEmpty() && cookie.length() <= 64) {
      sessions.deleteById(hash(cookie));
    }
  }

  /** How long a session lasts from login. */
  public Duration length() {
    return length;
  }

  @Scheduled(fixedDelay = "15m", initialDelay = "15m")
  void purge() {
    sessions.purgeBefore(clock.instant());
  }

  private static String random() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static String hash(String value) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
