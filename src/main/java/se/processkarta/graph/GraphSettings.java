package se.processkarta.graph;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.nio.file.Path;

/**
 * Where the graph lives. With a blank {@code uri} the service starts an in-process Neo4j under
 * {@code <data-dir>/neo4j}; otherwise it connects to the given server ({@code neo4j://} routing
 * URIs included).
 */
@ConfigurationProperties("processkarta.neo4j")
public class GraphSettings {

  private String uri = "";
  private String user = "neo4j";
  private String password = "";
  private Path dataDir = Path.of("data");

  public String getUri() {
    return uri;
  }

  public void setUri(String uri) {
    this.uri = uri == null ? "" : uri.strip();
  }

  public String getUser() {
    return user;
  }

  public void setUser(String user) {
    this.user = user;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public Path getDataDir() {
    return dataDir;
  }

  public void setDataDir(Path dataDir) {
    this.dataDir = dataDir;
  }

  public boolean isEmbedded() {
    return uri.isBlank();
  }
}
