package se.processkarta;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A service of its own for one test or benchmark: an embedded Neo4j in {@code dataDir} (seeded on
 * start) and an in-memory H2 database named {@code database}, on a free port, so that nothing
 * another test wrote (the shared graph, the shared relational store) is in it.
 */
public final class IsolatedService {

  private IsolatedService() {}

  /** Starts it, with {@code extra} properties on top of the test defaults. */
  public static EmbeddedServer start(Path dataDir, String database, Map<String, Object> extra) {
    Map<String, Object> props = new HashMap<>();
    props.put("micronaut.server.port", "-1");
    props.put("processkarta.data-dir", dataDir.toString());
    props.put(
        "datasources.default.url",
        "jdbc:h2:mem:"
            + database
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    props.putAll(extra);
    return ApplicationContext.run(EmbeddedServer.class, props);
  }
}
