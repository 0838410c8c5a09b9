package se.processkarta.graph;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the one {@link Driver} of the service. In the embedded default it first starts the
 * in-process server; either way the schema migrations run before the driver is handed out.
 */
@Factory
class GraphFactory {

  private static final Logger LOG = LoggerFactory.getLogger(GraphFactory.class);

  @Singleton
  @Bean(preDestroy = "close")
  EmbeddedGraph embeddedGraph(GraphSettings settings) {
    if (!settings.isEmbedded()) {
      return new EmbeddedGraph(Optional.empty());
    }
    long start = System.nanoTime();
    EmbeddedNeo4jServer server = EmbeddedNeo4jServer.start(settings.getDataDir().resolve("neo4j"));
    LOG.info(
        "Inbyggd Neo4j startad på {} ({} ms)",
        server.boltUri(),
        (System.nanoTime() - start) / 1_000_000);
    return new EmbeddedGraph(Optional.of(server));
  }

  @Singleton
  @Bean(preDestroy = "close")
  Driver driver(GraphSettings settings, EmbeddedGraph embedded) {
    Config config = Config.builder().withLogging(Logging.slf4j()).build();
    Driver driver =
        embedded
            .server()
            .map(s -> GraphDatabase.driver(s.boltUri(), s.authToken(), config))
            .orElseGet(
                () ->
                    GraphDatabase.driver(
                        settings.getUri(),
                        AuthTokens.basic(settings.getUser(), settings.getPassword()),
                        config));
    long start = System.nanoTime();
    driver.verifyConnectivity();
    SchemaMigrations.Outcome outcome = new SchemaMigrations(driver).apply();
    LOG.info(
        "Grafschemat {} på {} ms",
        outcome == SchemaMigrations.Outcome.APPLIED ? "migrerat" : "redan aktuellt",
        (System.nanoTime() - start) / 1_000_000);
    return driver;
  }

  /** Holds the in-process server, when there is one, so that it stops with the context. */
  record EmbeddedGraph(Optional<EmbeddedNeo4jServer> server) implements AutoCloseable {
    @Override
    public void close() {
      server.ifPresent(EmbeddedNeo4jServer::close);
    }
  }
}
