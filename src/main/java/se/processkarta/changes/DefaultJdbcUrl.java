package se.processkarta.changes;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.nio.file.Path;

/**
 * Gives the datasource its embedded default when no URL is configured: an H2 file under the data
 * directory, opened in PostgreSQL mode so that the one compile-time SQL dialect (POSTGRES) runs on
 * it. Without this, a datasource without a URL would quietly become an in-memory database.
 *
 * <p>{@code WRITE_DELAY=0}: H2 writes a commit to its file before the commit returns. Its default
 * (500 ms) acknowledged writes that a {@code kill -9} then lost; an answer of 2xx must mean the
 * write is kept (DurabilityIT kills the server right after each kind of write).
 */
@Singleton
class DefaultJdbcUrl implements BeanCreatedEventListener<DatasourceConfiguration> {

  static final String H2_OPTIONS =
      ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";

  private final Path dataDir;

  DefaultJdbcUrl(@Value("${processkarta.data-dir:./data}") Path dataDir) {
    this.dataDir = dataDir;
  }

  @Override
  public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
    DatasourceConfiguration config = event.getBean();
    String url = config.getConfiguredUrl();
    if (url == null || url.isBlank()) {
      Path file = dataDir.resolve("h2").resolve("processkarta").toAbsolutePath().normalize();
      String h2 = "jdbc:h2:file:" + file + H2_OPTIONS;
      config.setUrl(h2);
      config.setJdbcUrl(h2);
      config.setDriverClassName("org.h2.Driver");
      if (config.getUsername() == null || config.getUsername().isBlank()) {
        config.setUsername("sa");
      }
    }
    return config;
  }
}
