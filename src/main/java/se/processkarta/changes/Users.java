package se.processkarta.changes;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.processkarta.model.ConflictException;
import se.processkarta.model.InvalidInputException;
import se.processkarta.model.NotFoundException;
import se.processkarta.model.RuleViolationException;

/**
 * Users and their permissions, kept in the relational store. Logins are checked here: failed ones
 * are counted per user name and source address, and after {@value #MAX_FAILURES} within the window
 * that source waits longer before each further try for that name, whether the password is right or
 * the user exists at all (see {@link LoginFailures}). Other sources are not held back.
 */
@Singleton
public class Users {

  public static final String SYSTEM = "system";
  static final int MAX_FAILURES = 5;
  static final Duration WINDOW = Duration.ofMinutes(15);
  static final int MIN_PASSWORD_LENGTH = 10;
  private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,100}");

  private final AppUserRepository repository;
  private final PasswordHashing hashing;
  private final Clock clock;

  private final LoginFailures failures;
  private final WebSessionRepository sessions;

  /**
   * Logins checked recently, so that HTTP Basic does not pay for Argon2 on every request. Keyed by
   * a digest of name and password; short-lived so that a change on another instance takes effect.
   */
  private final Cache<String, Set<Permission>> verified =
      Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(Duration.ofSeconds(60)).build();

  Users(
      AppUserRepository repository,
      PasswordHashing hashing,
      LoginFailures failures,
      WebSessionRepository sessions,
      Clock clock) {
    this.repository = repository;
    this.sessions = sessions;
    this.failures = failures;
    this.hashing = hashing;
    this.clock = clock;
  }

  /**
   * The permissions of a user whose name and password are right and who is not disabled; empty
   * otherwise, with no difference between a wrong password and an unknown user.
   */
  public Optional<Set<Permission>> login(String username, String password, String source) {
    if (username == null || password == null) {
      return Optional.empty();
    }
    String name = username.strip().toLowerCase(Locale.ROOT);
    // A name no user can have is never counted (and never matches): the answer is the same.
    boolean possible = USERNAME.matcher(name).matches();
    String attempt = LoginFailures.key(name, source);
    if (possible && failures.waiting(attempt, MAX_FAILURES, WINDOW)) {
      hashing.decoyCheck(password);
      return Optional.empty();
    }
    String key = digest(name, password);
    Set<Permission> hit = verified.getIfPresent(key);
    if (hit != null) {
      return Optional.of(hit);
    }
    Optional<AppUser> user = repository.findById(name);
    boolean ok;
    if (user.isEmpty()) {
      hashing.decoyCheck(password);
      ok = false;
    } else {
      ok = hashing.matches(password, user.get().passwordHash()) && !user.get().disabled();
    }
    if (!ok) {
      if (possible) {
        failures.record(attempt, WINDOW);
      }
      return Optional.empty();
    }
    failures.clear(attempt);
    Set<Permission> permissions = parse(user.get().permissions());
    verified.put(key, permissions);
    return Optional.of(permissions);
  }

  @Transactional
  public UserView create(
      String username, String password, String displayName, Collection<String> permissions) {
    String name = checkUsername(username);
    checkPassword(password);
    Set<Permission> held = permissions(permissions);
    if (repository.existsById(name)) {
      throw new ConflictException("user.exists", name).at("username");
    }
    String display = displayName(displayName, name);
    AppUser u =
        repository.save(
            new AppUser(name, display, hashing.hash(password), join(held), false, clock.instant()));
    return view(u);
  }

  @Transactional(readOnly = true)
  public List<UserView> list() {
    return repository.findAllOrderByUsername().stream().map(Users::view).toList();
  }

  @Transactional(readOnly = true)
  public UserView get(String username) {
    return repository
        .findById(username == null ? "" : username.strip().toLowerCase(Locale.ROOT))
        .map(Users::view)
        .orElseThrow(() -> new NotFoundException("user.notFound", String.valueOf(username)));
  }

  /**
   * How pages name a user: the display name, or the user name for a user without one or one that no
   * longer exists (a change keeps its author's user name for ever).
   */
  @Transactional(readOnly = true)
  public String displayName(String username) {
    return repository
        .findById(username == null ? "" : username)
        .map(AppUser::displayName)
        .filter(n -> !n.isBlank())
        .orElse(username);
  }

  /** {@link #displayName} for each of {@code usernames}, by user name (nulls left out). */
  @Transactional(readOnly = true)
  public Map<String, String> displayNames(java.util.Collection<String> usernames) {
    Map<String, String> out = new java.util.HashMap<>();
    for (String u : usernames) {
      if (u != null) {
        out.computeIfAbsent(u, this::displayName);
      }
    }
    return out;
  }

  /** Changes permissions, the disabled flag, the display name or the password; null leaves it. */
  @Transactional
  public UserView update(
      String username,
      Collection<String> permissions,
      Boolean disabled,
      String displayName,
      String password) {
    String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    AppUser u =
        repository
            .findById(name)
            .orElseThrow(() -> new NotFoundException("user.notFound", String.valueOf(username)));
    String perms = permissions == null ? u.permissions() : join(permissions(permissions));
    String hash = u.passwordHash();
    if (password != null) {
      checkPassword(password);
      hash = hashing.hash(password);
    }
    String display = displayName(displayName, u.displayName());
    boolean off = disabled == null ? u.disabled() : disabled;
    AppUser changed = new AppUser(name, display, hash, perms, off, u.createdAt());
    if (isActiveOwner(u) && !isActiveOwner(changed) && activeOwners() <= 1) {
      // Nobody could manage users any more: the service would need its files edited to recover.
      throw new RuleViolationException("user.lastOwner", name);
    }
    repository.update(changed);
    if (password != null || off) {
      // A new password or a disabled account ends every session the user had, at once.
      sessions.deleteByUsername(name);
    }
    verified.invalidateAll();
    return view(changed);
  }

  /** A display name as given (one line, at most 200 characters), or {@code otherwise} if blank. */
  private static String displayName(String given, String otherwise) {
    if (given == null || given.isBlank()) {
      return otherwise;
    }
    String display = se.processkarta.model.Text.line(given, "displayName").strip();
    if (display.length() > 200) {
      throw new InvalidInputException("user.displayName.tooLong", "200").at("displayName");
    }
    return display;
  }

  private static boolean isActiveOwner(AppUser u) {
    return !u.disabled() && parse(u.permissions()).contains(Permission.MODEL_OWNER);
  }

  /** Active modellansvariga, counted under a lock on their rows so that two demotions serialise. */
  private long activeOwners() {
    return repository.lockAll().stream().filter(Users::isActiveOwner).count();
  }

  @Transactional(readOnly = true)
  public long count() {
    return repository.count();
  }

  private static String checkUsername(String username) {
    String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    if (!USERNAME.matcher(name).matches() || name.equals(SYSTEM)) {
      throw new InvalidInputException("user.username.invalid", String.valueOf(username))
          .at("username");
    }
    return name;
  }

  private static void checkPassword(String password) {
    if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
      throw new InvalidInputException("user.password.tooShort", String.valueOf(MIN_PASSWORD_LENGTH))
          .at("password");
    }
    if (password.length() > 500) {
      throw new InvalidInputException("user.password.tooLong", "500").at("password");
    }
  }

  static Set<Permission> permissions(Collection<String> names) {
    Set<Permission> out = EnumSet.noneOf(Permission.class);
    if (names != null) {
      for (String n : names) {
        out.add(Permission.parse(n));
      }
    }
    if (out.isEmpty()) {
      out.add(Permission.READER);
    }
    return out;
  }

  static Set<Permission> parse(String stored) {
    Set<Permission> out = EnumSet.noneOf(Permission.class);
    for (String s : stored.split(",")) {
      if (!s.isBlank()) {
        out.add(Permission.valueOf(s.strip()));
      }
    }
    return out;
  }

  private static String join(Set<Permission> held) {
    return held.stream().map(Enum::name).collect(Collectors.joining(","));
  }

  private static UserView view(AppUser u) {
    return new UserView(
        u.username(),
        u.displayName(),
        parse(u.permissions()).stream().map(Enum::name).toList(),
        u.disabled(),
        u.createdAt());
  }

  private static String digest(String name, String password) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(name.getBytes(StandardCharsets.UTF_8));
      md.update((byte) 0);
      md.update(password.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
