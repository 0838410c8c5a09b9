package se.processkarta.seed;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.nio.file.Files;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.processkarta.hierarchy.HierarchyService;
import se.processkarta.model.Code;
import se.processkarta.roles.RoleService;

/**
 * Runs before the server takes requests: loads the seed into an empty model, then warms the query
 * planner with the queries users send first, so that the first user does not pay for it.
 */
@Singleton
@Requires(notEnv = Environment.CLI)
class StartupTasks {

  private static final Logger LOG = LoggerFactory.getLogger(StartupTasks.class);

  private final SeedSettings settings;
  private final SeedImporter importer;
  private final HierarchyService hierarchy;
  private final RoleService roles;
  private final java.time.Clock clock;

  StartupTasks(
      SeedSettings settings,
      SeedImporter importer,
      HierarchyService hierarchy,
      RoleService roles,
      java.time.Clock clock) {
    this.settings = settings;
    this.importer = importer;
    this.hierarchy = hierarchy;
    this.roles = roles;
    this.clock = clock;
  }

  @EventListener
  void onStartup(StartupEvent event) {
    if (settings.isOnStart() && hierarchy.count() == 0) {
      if (settings.getDirs().stream().allMatch(Files::isDirectory)) {
        ImportResult r = importer.importFrom(settings.getDirs(), "system");
        LOG.info(
            "Modellen laddad från {}: {} element, {} personer",
            settings.getDirs(),
            r.elements(),
            r.people());
      } else {
        LOG.warn("Hittar inte seed-katalogerna {}; startar med en tom modell", settings.getDirs());
      }
    }
    warmUp();
  }

  private void warmUp() {
    long start = System.nanoTime();
    for (int i = 0; i < 2; i++) {
      hierarchy.tree(Optional.empty(), 5);
      hierarchy.search("förskola", 1, 20);
      hierarchy.levelsOf(java.util.List.of(Code.parse("1")));
      if (hierarchy.count() > 0) {
        hierarchy.element(Code.parse("1"));
        hierarchy.children(Code.parse("1"));
        hierarchy.tree(Optional.of(Code.parse("1")), 3);
        roles.summary(Code.parse("1"), java.time.LocalDate.now(clock));
      }
    }
    LOG.info("Frågeplaneraren uppvärmd på {} ms", (System.nanoTime() - start) / 1_000_000);
  }
}
