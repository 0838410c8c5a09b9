package se.processkarta;

import io.micronaut.test.support.TestPropertyProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import se.processkarta.graph.EmbeddedNeo4jServer;

/**
 * One embedded Neo4j for the whole test JVM, not one per test class: a store takes seconds to
 * start. Test classes implement this interface; their application contexts then connect to the
 * shared server in server mode, and the first context loads the seed.
 */
public interface SharedGraph extends TestPropertyProvider {

  @Override
  default Map<String, String> getProperties() {
    return Map.of(
        "processkarta.neo4j.uri",
        Holder.SERVER.boltUri(),
        "processkarta.neo4j.password",
        Holder.SERVER.password());
  }

  /** The Bolt URI of the shared server, for tests that talk to it without a context. */
  static String boltUri() {
    return Holder.SERVER.boltUri();
  }

  /** The password of the shared server's user (neo4j). */
  static String password() {
    return Holder.SERVER.password();
  }

  /** Lazily started on first use and stopped when the JVM ends. */
  final class Holder {
    static final EmbeddedNeo4jServer SERVER = start();

    private Holder() {}

    private static EmbeddedNeo4jServer start() {
      try {
        Path dir = Files.createTempDirectory("processkarta-test-neo4j");
        EmbeddedNeo4jServer server = EmbeddedNeo4jServer.start(dir);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        return server;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
