package se.processkarta.graph;

import io.micronaut.context.annotation.Requires;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.endpoint.health.HealthEndpoint;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * Puts the graph into {@code /health}: the model lives there, so the service is not up when Neo4j
 * does not answer. One read of the model stamp shows both that the server answers and that the
 * schema was migrated.
 */
@Singleton
@Requires(beans = HealthEndpoint.class)
final class GraphHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

  private final ModelStamp stamp;

  GraphHealthIndicator(ModelStamp stamp) {
    this.stamp = stamp;
  }

  @Override
  protected Map<String, Object> getHealthInformation() {
    long version = stamp.current();
    healthStatus = HealthStatus.UP;
    return Map.of("modelStamp", version);
  }

  @Override
  protected String getName() {
    return "neo4j";
  }
}
