package se.processkarta.changes;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the first modellansvarig on a store without users: from PROCESSKARTA_ADMIN_USER and
 * PROCESSKARTA_ADMIN_PASSWORD, or else {@code admin} with a random password that is printed once.
 * There is no built-in default password.
 */
@Singleton
@Requires(notEnv = Environment.CLI)
class AdminBootstrap {

  private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);
  private static final String ALPHABET =
      "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  private final Users users;
  private final String user;
  private final String password;

  AdminBootstrap(
      Users users,
      @Nullable @Value("${processkarta.admin.user:}") String user,
      @Nullable @Value("${processkarta.admin.password:}") String password) {
    this.users = users;
    this.user = user;
    this.password = password;
  }

  @EventListener
  void onStartup(StartupEvent event) {
    if (users.count() > 0) {
      return;
    }
    String name = user == null || user.isBlank() ? "admin" : user.strip();
    boolean generated = password == null || password.isBlank();
    String pw = generated ? randomPassword() : password;
    try {
      users.create(name, pw, "Modellansvarig", List.of(Permission.MODEL_OWNER.name()));
    } catch (se.processkarta.model.ConflictException e) {
      return; // another instance created it at the same moment
    }
    if (generated) {
      LOG.warn(
          "Första användaren skapad: {} med lösenordet {} (visas bara nu; byt det med PATCH"
              + " /api/users/{})",
          name,
          pw,
          name);
    } else {
      LOG.info("Första användaren skapad: {} (modellansvarig)", name);
    }
  }

  private static String randomPassword() {
    SecureRandom random = new SecureRandom();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }
}
