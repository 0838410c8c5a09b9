package se.processkarta.graph;

import jakarta.inject.Singleton;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;

/**
 * A number stored in the graph that every write to the model increases, in the write's own
 * transaction. Caches of what is read from the graph key on it: reading it costs one tiny query,
 * and since it lives in the graph, a write by any instance invalidates the caches of all of them.
 */
@Singleton
public final class ModelStamp {

  private static final String STAMP = Cypher.load("graph/stamp");
  private static final String BUMP = Cypher.load("graph/bump-stamp");

  private final Driver driver;

  ModelStamp(Driver driver) {
    this.driver = driver;
  }

  /** The current stamp; 0 for a graph that has never been written to. */
  public long current() {
    try (var session = driver.session(SessionConfig.defaultConfig())) {
      return session.executeRead(tx -> tx.run(STAMP).single().get("version").asLong());
    }
  }

  /** Increases the stamp as part of the caller's write transaction. */
  public void bump(TransactionContext tx) {
    tx.run(BUMP).consume();
  }
}
