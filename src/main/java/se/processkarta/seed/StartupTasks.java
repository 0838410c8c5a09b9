package se.processkarta.seed;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.processkarta.changes.ChangeService;
import se.processkarta.hierarchy.HierarchyService;
import se.processkarta.hierarchy.TreeNode;
import se.processkarta.model.Code;
import se.processkarta.model.Messages;
import se.processkarta.model.SwedishTime;
import se.processkarta.roles.RoleQueries;

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
  private final RoleQueries roles;
  private final java.time.Clock clock;
  private final ChangeService changes;

  StartupTasks(
      ChangeService changes,
      SeedSettings settings,
      SeedImporter importer,
      HierarchyService hierarchy,
      RoleQueries roles,
      java.time.Clock clock) {
    this.changes = changes;
    this.settings = settings;
    this.importer = importer;
    this.hierarchy = hierarchy;
    this.roles = roles;
    this.clock = clock;
  }

  @EventListener
  void onStartup(StartupEvent event) {
    // Changes approved but not marked applied (a crash between the two writes) are finished first.
    changes.recover();
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

  private static <T> T step(String name, java.util.function.Supplier<T> call) {
    long start = System.nanoTime();
    T result = call.get();
    LOG.debug("Uppvärmning {}: {} ms", name, (System.nanoTime() - start) / 1_000_000);
    return result;
  }

  /**
   * Warms the planner with what users ask first, on three threads: the first Cypher of each kind is
   * planned on its own Bolt worker, so the plans are made side by side instead of one after the
   * other. It never decides whether the service starts: a model without element 1 (a region's own
   * top level, a partial import) or any failing query only costs the first user a slower answer,
   * and is logged.
   */
  void warmUp() {
    long start = System.nanoTime();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            3,
            r -> {
              Thread t = new Thread(r, "uppvarmning");
              t.setDaemon(true);
              return t;
            });
    try {
      CompletableFuture<Object> search =
          CompletableFuture.supplyAsync(
              () -> step("search", () -> hierarchy.search("förskola", 1, 20)), pool);
      List<TreeNode> forest = step("tree", () -> hierarchy.tree(Optional.empty(), 5));
      List<CompletableFuture<?>> calls = new ArrayList<>(List.of(search));
      if (!forest.isEmpty()) {
        Code first = Code.parse(forest.get(0).code());
        LocalDate today = SwedishTime.today(clock);
        calls.add(
            CompletableFuture.runAsync(
                () -> step("roles", () -> roles.elementRoles(first, today, Messages.SWEDISH)),
                pool));
        calls.add(
            CompletableFuture.runAsync(
                () -> {
                  step("element", () -> hierarchy.element(first));
                  step("levels", () -> hierarchy.levelsOf(List.of(first)));
                },
                pool));
        step("children", () -> hierarchy.children(first));
        step("subtree", () -> hierarchy.tree(Optional.of(first), 3));
      }
      CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).join();
      LOG.info("Frågeplaneraren uppvärmd på {} ms", (System.nanoTime() - start) / 1_000_000);
    } catch (RuntimeException e) {
      LOG.warn("Uppvärmningen avbröts ({}); tjänsten startar ändå", e.toString());
    } finally {
      pool.shutdownNow();
    }
  }
}
