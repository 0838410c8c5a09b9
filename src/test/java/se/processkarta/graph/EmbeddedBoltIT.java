package se.processkarta.graph;

import static org.assertj.core.api.Assertions.assertThat;

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
        var driver = GraphDatabase.driver(server.boltUri(), AuthTokens.none());
        var session = driver.session()) {
      driver.verifyConnectivity();
      assertThat(session.run("RETURN 'åäö' AS s").single().get("s").asString()).isEqualTo("åäö");
      assertThat(server.boltUri()).startsWith("bolt://127.0.0.1:");
    }
  }
}
