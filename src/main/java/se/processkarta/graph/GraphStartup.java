package se.processkarta.graph;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the graph up on its own thread while the rest of the service starts: the in-process server
 * (in the embedded default), the driver, and the schema migrations. Start-up is mostly class
 * loading and a cold Cypher compiler, so doing this beside Micronaut's own start uses the second
 * core instead of waiting in line (docs/benchmarks.md). {@link #driver()} waits for it.
 */
final class GraphStartup implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(GraphStartup.class);

  private final CompletableFuture<Started> started;

  GraphStartup(GraphSettings settings) {
    this.started = new CompletableFuture<>();
    Thread thread =
        new Thread(
            () -> {
              try {
                started.complete(start(settings));
              } catch (RuntimeException | Error e) {
                started.completeExceptionally(e);
              }
            },
            "graph-startup");
    thread.setDaemon(true);
    thread.start();
  }

  /** The driver, once the server runs and the schema is current; rethrows a failed start. */
  Driver driver() {
    try {
      return started.join().driver();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  @Override
  public void close() {
    Started s;
    try {
      s = started.join();
    } catch (CompletionException failed) {
      return;
    }
    s.driver().close();
    s.server().ifPresent(EmbeddedNeo4jServer::close);
  }

  private static Started start(GraphSettings settings) {
    Optional<EmbeddedNeo4jServer> server = Optional.empty();
    if (settings.isEmbedded()) {
      long t = System.nanoTime();
      server =
          Optional.of(
              EmbeddedNeo4jServer.start(settings.getDataDir().resolve("neo4j").toAbsolutePath()));
      LOG.info("Inbyggd Neo4j startad på {} ({} ms)", server.get().boltUri(), millisSince(t));
    }
    Config config = Config.builder().withLogging(Logging.slf4j()).build();
    Driver driver =
        server
            .map(s -> GraphDatabase.driver(s.boltUri(), AuthTokens.none(), config))
            .orElseGet(
                () ->
                    GraphDatabase.driver(
                        settings.getUri(),
                        AuthTokens.basic(settings.getUser(), settings.getPassword()),
                        config));
    try {
      long t = System.nanoTime();
      driver.verifyConnectivity();
      migrate(driver);
      LOG.info("Grafschemat kontrollerat på {} ms", millisSince(t));
      return new Started(server, driver);
    } catch (RuntimeException e) {
      driver.close();
      server.ifPresent(EmbeddedNeo4jServer::close);
      throw e;
    }
  }

  private static void migrate(Driver driver) {
    MigrationsConfig config =
        MigrationsConfig.builder()
            .withLocationsToScan("classpath:neo4j/migrations")
            .withResourceScanner(new IndexedMigrationScanner())
            .build();
    new Migrations(config, driver).apply();
  }

  private static long millisSince(long nanos) {
    return (System.nanoTime() - nanos) / 1_000_000;
  }

  private record Started(Optional<EmbeddedNeo4jServer> server, Driver driver) {}
}
