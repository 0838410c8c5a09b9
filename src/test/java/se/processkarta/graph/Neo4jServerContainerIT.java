package se.processkarta.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.Neo4jContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.MountableFile;
import se.processkarta.hierarchy.HierarchyService;
import se.processkarta.model.Code;

/** Server mode against a real Neo4j server through a neo4j:// routing URI. Needs Docker. */
@Testcontainers(disabledWithoutDocker = true)
class Neo4jServerContainerIT {

  @Container
  static final Neo4jContainer<?> NEO4J =
      new Neo4jContainer<>("neo4j:5.26-community")
          .withAdminPassword("processkarta-test")
          // The search analyzer (docs/adr/0012): without it migration V0003 cannot build the
          // index. The jar is built in the package phase, before the integration tests.
          .withPlugins(MountableFile.forHostPath("target/processkarta-neo4j-plugin.jar"));

  @Test
  void theSeedLoadsAndReadsBackThroughARoutingUri() {
    String uri = NEO4J.getBoltUrl().replace("bolt://", "neo4j://");
    try (ApplicationContext ctx =
        ApplicationContext.run(
            Map.of(
                "processkarta.neo4j.uri", uri,
                "processkarta.neo4j.user", "neo4j",
                "processkarta.neo4j.password", "processkarta-test"),
            "test")) {
      HierarchyService hierarchy = ctx.getBean(HierarchyService.class);
      assertThat(hierarchy.element(Code.parse("3.5")).name()).isEqualTo("Utbildning");
      assertThat(hierarchy.search("skola", 1, 20).items())
          .extracting(se.processkarta.hierarchy.SearchPage.Hit::name)
          .contains("Grundskola", "Gymnasieskola");
    }
  }
}
