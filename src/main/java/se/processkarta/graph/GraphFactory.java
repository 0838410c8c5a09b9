package se.processkarta.graph;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.neo4j.driver.Driver;

/**
 * Builds the one {@link Driver} of the service. The graph starts as soon as the context does (see
 * {@link GraphStartup}); the driver is handed out once the schema migrations have run.
 */
@Factory
class GraphFactory {

  @Context
  @Bean(preDestroy = "close")
  GraphStartup graphStartup(GraphSettings settings) {
    return new GraphStartup(settings);
  }

  /** Closed by {@link GraphStartup}, before the in-process server it talks to. */
  @Singleton
  Driver driver(GraphStartup startup) {
    return startup.driver();
  }
}
