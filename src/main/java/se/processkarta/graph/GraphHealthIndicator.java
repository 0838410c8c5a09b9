package se.processkarta.graph;

import io.micronaut.context.annotation.Requires;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.endpoint.health.HealthEndpoint;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;
import java.util.Map;
import org.neo4j.driver.Driver;

/**
 * Puts the graph into {@code /health}: the model lives there, so the service is not up when Neo4j
 * does not answer. Reads the model stamp, which also shows that the schema was migrated.
 */
@Singleton
@Requires(beans = HealthEndpoint.class)
final class GraphHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

  private final Driver driver;
  private final ModelStamp stamp;

  GraphHealthIndicator(Driver driver, ModelStamp stamp) {
    this.driver = driver;
    this.stamp = stamp;
  }

  @Override
  protected Map<String, Object> getHealthInformation() {
    driver.verifyConnectivity();
    long version = stamp.current();
    healthStatus = HealthStatus.UP;
    return Map.of("modelStamp", version);
  }

  @Override
  protected String getName() {
    return "neo4j";
  }
}
