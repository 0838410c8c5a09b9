package se.processkarta.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.processkarta.model.ModelSnapshot;
import se.processkarta.seed.SeedSnapshots;

/**
 * Fails when diagrams/ is stale: draws the standard set from the model-seed exactly as {@code
 * processkarta render --out diagrams/} does and compares file by file. {@code -Dgolden.update=true}
 * rewrites diagrams/ instead.
 */
class StandardSetTest {

  private static final Path DIAGRAMS = Path.of("diagrams");

  @Test
  void diagramsDirectoryIsUpToDateWithTheModelSeed() throws IOException {
    ModelSnapshot seed =
        SeedSnapshots.read(
            StandardSet.SEED_DIRS.stream().map(Path::of).toList(), StandardSet.SEED_DATE);
    Map<String, String> set = StandardSet.render(seed);
    assertThat(set).containsKeys("karta.svg", "karta-1.svg", "karta-2.svg", "karta-3.svg");
    assertThat(set.keySet()).anyMatch(n -> n.startsWith("trad-"));
    assertThat(set.keySet()).anyMatch(n -> n.startsWith("roller-"));
    for (Map.Entry<String, String> f : set.entrySet()) {
      SvgChecks.assertSameAsFile(f.getValue(), DIAGRAMS.resolve(f.getKey()));
      SvgChecks.parse(f.getValue());
    }
    if (!SvgChecks.UPDATE) {
      try (Stream<Path> files = Files.list(DIAGRAMS)) {
        assertThat(
                files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".svg")).toList())
            .as("SVG files in diagrams/ that the standard set no longer has")
            .containsExactlyInAnyOrderElementsOf(set.keySet());
      }
    }
  }
}
