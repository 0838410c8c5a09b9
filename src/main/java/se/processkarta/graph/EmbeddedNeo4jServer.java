package se.processkarta.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * An in-process Neo4j with Bolt on a free loopback port. The service still talks to it through the
 * driver over Bolt, so there is one code path for embedded and server mode.
 *
 * <p>Neo4j 5.26 is built for Netty 4.1 and Micronaut for 4.2; with both on the classpath Neo4j's
 * local (in-JVM) Bolt connector fails. Turning that connector off leaves the TCP connector working
 * (docs/adr/0002). The setting is internal, so Neo4j is pinned and {@code EmbeddedBoltIT} guards
 * it.
 */
public final class EmbeddedNeo4jServer implements AutoCloseable {

  private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(1);

  private final DatabaseManagementService service;
  private final int port;

  private EmbeddedNeo4jServer(DatabaseManagementService service, int port) {
    this.service = service;
    this.port = port;
  }

  /** Starts a server whose store lives under {@code storeDir}. */
  public static EmbeddedNeo4jServer start(Path storeDir) {
    int port = freePort();
    DatabaseManagementService service =
        // Neo4j refuses a home that is not normalized, such as the default ./data/neo4j.
        new DatabaseManagementServiceBuilder(storeDir.toAbsolutePath().normalize())
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnectorInternalSettings.enable_local_connector, false)
            .setConfig(HttpConnector.enabled, false)
            .setConfig(HttpsConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.auth_enabled, false)
            // A municipality's model stays on its machine: no usage reports to the vendor.
            .setConfig(GraphDatabaseSettings.udc_enabled, false)
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(256))
            .setConfig(
                GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5))
            // The service closes its driver before the server, so no Bolt connection is left to
            // wait for; the defaults (5 s each) made every stop take ten seconds.
            .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, SHUTDOWN_WAIT)
            .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, SHUTDOWN_WAIT)
            .build();
    return new EmbeddedNeo4jServer(service, port);
  }

  public String boltUri() {
    return "bolt://127.0.0.1:" + port;
  }

  @Override
  public void close() {
    service.shutdown();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress("127.0.0.1", 0));
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free loopback port for Bolt", e);
    }
  }
}
