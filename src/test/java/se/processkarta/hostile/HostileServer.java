package se.processkarta.hostile;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.web.router.Router;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import se.processkarta.SharedGraph;

/**
 * The server the hostile suite attacks: the real application on a random port, on the test JVM's
 * shared Neo4j (jqwik is its own JUnit engine, so Micronaut's test extension does not apply).
 */
final class HostileServer {

  private static HostileServer instance;

  final EmbeddedServer server;
  final RouteTable routes;

  private HostileServer(EmbeddedServer server) {
    this.server = server;
    this.routes = RouteTable.of(server.getApplicationContext().getBean(Router.class));
  }

  static synchronized HostileServer get() {
    if (instance == null) {
      ApplicationContext context =
          ApplicationContext.builder()
              .environments("test")
              .properties(
                  Map.of(
                      "processkarta.neo4j.uri",
                      SharedGraph.boltUri(),
                      "processkarta.neo4j.password",
                      SharedGraph.password(),
                      "micronaut.server.port",
                      "-1"))
              .start();
      EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
      instance = new HostileServer(server);
      Runtime.getRuntime().addShutdownHook(new Thread(context::close));
    }
    return instance;
  }

  int port() {
    return server.getPort();
  }

  /** A digest of everything a reader can see of the model: a hostile request must not change it. */
  String modelFingerprint() {
    return fingerprint(port());
  }

  /** {@link #modelFingerprint} of the server on {@code port}. */
  static String fingerprint(int port) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      for (String path :
          List.of(
              "/api/tree?depth=5",
              "/api/people",
              "/api/resource-pools",
              "/api/org-units",
              "/api/roles/conflicts?date=2026-11-22",
              "/api/roles/gaps?date=2026-11-22")) {
        RawHttp.Answer a = RawHttp.send(port, "GET", path, Map.of());
        d.update((path + a.status() + a.body()).getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(d.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
