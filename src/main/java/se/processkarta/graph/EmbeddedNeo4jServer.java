package se.processkarta.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
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

  /** The one user of the in-process server. */
  public static final String USER = "neo4j";

  /** The generated Bolt password, kept beside the store, readable only by the service's user. */
  static final String PASSWORD_FILE = "bolt-password";

  private static final SecureRandom RANDOM = new SecureRandom();

  private final DatabaseManagementService service;
  private final int port;
  private final String password;

  private EmbeddedNeo4jServer(DatabaseManagementService service, int port, String password) {
    this.service = service;
    this.port = port;
    this.password = password;
  }

  /**
   * Starts a server whose store lives under {@code storeDir}. Bolt listens on loopback only and
   * requires a password: any local process could otherwise read and write the model past four eyes
   * and the audit log. The password is generated on first start and kept in {@code
   * storeDir/bolt-password} (mode 600).
   */
  public static EmbeddedNeo4jServer start(Path storeDir) {
    int port = freePort();
    String password = password(storeDir.toAbsolutePath().normalize());
    DatabaseManagementService service =
        // Neo4j refuses a home that is not normalized, such as the default ./data/neo4j.
        new DatabaseManagementServiceBuilder(storeDir.toAbsolutePath().normalize())
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnectorInternalSettings.enable_local_connector, false)
            .setConfig(HttpConnector.enabled, false)
            .setConfig(HttpsConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.auth_enabled, true)
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
    try {
      setPassword(service, password);
    } catch (RuntimeException e) {
      service.shutdown();
      throw e;
    }
    return new EmbeddedNeo4jServer(service, port, password);
  }

  public String boltUri() {
    return "bolt://127.0.0.1:" + port;
  }

  /** The credentials a driver needs for this server. */
  public AuthToken authToken() {
    return AuthTokens.basic(USER, password);
  }

  public String password() {
    return password;
  }

  /**
   * Sets the password of the server's user, in-process (no Bolt login needed): on a new store the
   * user still has Neo4j's default, on an older store auth was off. Setting the password it already
   * has is refused by Neo4j, which is fine.
   */
  private static void setPassword(DatabaseManagementService service, String password) {
    try {
      service
          .database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
          .executeTransactionally(
              "ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED",
              Map.of("password", password));
    } catch (RuntimeException e) {
      if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
        throw e;
      }
    }
  }

  /** The password kept beside the store, made (readable by the owner only) on first start. */
  private static String password(Path storeDir) {
    Path file = storeDir.resolve(PASSWORD_FILE);
    try {
      Files.createDirectories(storeDir);
      if (Files.exists(file)) {
        String kept = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (!kept.isEmpty()) {
          return kept;
        }
      }
      byte[] bytes = new byte[24];
      RANDOM.nextBytes(bytes);
      String made = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      Path tmp = storeDir.resolve(PASSWORD_FILE + ".tmp");
      Files.deleteIfExists(tmp);
      if (storeDir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.createFile(
            tmp,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } else {
        Files.createFile(tmp);
      }
      Files.writeString(tmp, made, StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
      return made;
    } catch (IOException e) {
      throw new UncheckedIOException("could not keep the Bolt password in " + file, e);
    }
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
