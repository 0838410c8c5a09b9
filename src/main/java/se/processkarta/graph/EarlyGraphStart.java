package se.processkarta.graph;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.util.StringUtils;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the graph on a thread of its own as soon as the server's context starts: the in-process
 * Neo4j's start (3–4 s), the driver's first connection and the schema check (1–1.5 s, mostly the
 * first Cypher of the JVM) then overlap the rest of the context's start (beans, the relational
 * migrations) instead of following it. Only the server started from {@code Application.main} sets
 * the property: tests and command-line tasks open the graph when they first need it, or never.
 *
 * <p>Whoever needs the graph first simply asks for it: a request made while this thread is still
 * starting it waits for that start (the context creates a singleton once). A failure here is left
 * for that request to meet and report.
 */
@Context
@Requires(property = EarlyGraphStart.PROPERTY, value = StringUtils.TRUE)
final class EarlyGraphStart {

  /** Set by {@code Application.main} for the server. */
  static final String PROPERTY = "processkarta.neo4j.start-early";

  private static final Logger LOG = LoggerFactory.getLogger(EarlyGraphStart.class);

  EarlyGraphStart(BeanProvider<Driver> graph) {
    Thread start =
        new Thread(
            () -> {
              try {
                graph.get();
              } catch (RuntimeException e) {
                LOG.debug("Tidig start av grafen misslyckades; görs om vid första behov", e);
              }
            },
            "neo4j-start");
    start.setDaemon(true);
    start.start();
  }
}
