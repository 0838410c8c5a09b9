package se.processkarta.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.util.Version;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

/**
 * Guards the Netty workaround (docs/adr/0002): with Micronaut's Netty 4.2 on the classpath, the
 * in-process Neo4j must still serve Bolt over TCP. A Neo4j or Netty bump that breaks this fails
 * here, loudly, rather than at a user's first start.
 */
class EmbeddedBoltIT {

  @Test
  void theEmbeddedServerAnswersBoltOverTcpNextToNetty42(@TempDir Path dir) {
    assertThat(Version.identify().get("netty-common").artifactVersion())
        .as("the clash this workaround is for")
        .startsWith("4.2.");
    try (EmbeddedNeo4jServer server = EmbeddedNeo4jServer.start(dir);
        var driver = GraphDatabase.driver(server.boltUri(), server.authToken());
        var session = driver.session()) {
      driver.verifyConnectivity();
      assertThat(session.run("RETURN 'åäö' AS s").single().get("s").asString()).isEqualTo("åäö");
      assertThat(server.boltUri()).startsWith("bolt://127.0.0.1:");
    }
  }

  /**
   * Bolt refuses a client without the password (issue 20: any local process could read and write
   * the model past four eyes and the audit log), the password file is the owner's alone, and a
   * restart keeps the same password.
   */
  @Test
  void boltRequiresThePasswordKeptBesideTheStore(@TempDir Path dir) throws Exception {
    String first;
    try (EmbeddedNeo4jServer server = EmbeddedNeo4jServer.start(dir)) {
      first = server.password();
      try (var anonymous = GraphDatabase.driver(server.boltUri(), AuthTokens.none())) {
        assertThatThrownBy(anonymous::verifyConnectivity)
            .isInstanceOf(org.neo4j.driver.exceptions.AuthenticationException.class);
      }
      try (var guess = GraphDatabase.driver(server.boltUri(), AuthTokens.basic("neo4j", "neo4j"))) {
        assertThatThrownBy(guess::verifyConnectivity)
            .isInstanceOf(org.neo4j.driver.exceptions.AuthenticationException.class);
      }
    }
    Path file = dir.resolve("bolt-password");
    assertThat(java.nio.file.Files.readString(file).strip()).isEqualTo(first);
    assertThat(
            java.nio.file.attribute.PosixFilePermissions.toString(
                java.nio.file.Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    try (EmbeddedNeo4jServer again = EmbeddedNeo4jServer.start(dir);
        var driver = GraphDatabase.driver(again.boltUri(), again.authToken())) {
      assertThat(again.password()).isEqualTo(first);
      driver.verifyConnectivity();
    }
  }
}
