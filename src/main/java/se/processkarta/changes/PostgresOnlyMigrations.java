package se.processkarta.changes;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.flyway.FlywayConfigurationProperties;
import jakarta.inject.Singleton;

/**
 * Adds {@code db/postgresql} to Flyway's locations when the datasource is PostgreSQL: migrations
 * there use what H2 lacks, such as the trigger that keeps the audit log append-only.
 */
@Singleton
class PostgresOnlyMigrations implements BeanCreatedEventListener<FlywayConfigurationProperties> {

  private final String url;

  PostgresOnlyMigrations(@Nullable @Value("${datasources.default.url:}") String url) {
    this.url = url;
  }

  @Override
  public FlywayConfigurationProperties onCreated(
      BeanCreatedEvent<FlywayConfigurationProperties> event) {
    FlywayConfigurationProperties config = event.getBean();
    if (url != null && url.startsWith("jdbc:postgresql:")) {
      config.setLocations("classpath:db/migration", "classpath:db/postgresql");
    }
    return config;
  }
}
