package se.processkarta.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.processkarta.model.ModelSnapshot;
import se.processkarta.render.StandardSet;
import se.processkarta.seed.SeedSnapshots;

/**
 * Fails when the exports in diagrams/ are stale: exports the model-seed exactly as {@code
 * processkarta render --out diagrams/} does and compares file by file (the workbook by its cells,
 * since a zip is compared badly as bytes). {@code -Dgolden.update=true} rewrites them instead.
 */
class ExportSetTest {

  private static final Path DIAGRAMS = Path.of("diagrams");

  @Test
  void theExportsInDiagramsAreUpToDateWithTheModelSeed() throws IOException {
    ModelSnapshot seed =
        SeedSnapshots.read(
            StandardSet.SEED_DIRS.stream().map(Path::of).toList(), StandardSet.SEED_DATE);
    Map<String, byte[]> set = ExportSet.render(seed);
    assertThat(set.keySet())
        .containsExactlyInAnyOrder(
            "processkarta.archimate.xml",
            "processkarta.bpmn",
            "processkarta.csv",
            "processkarta.dot",
            "processkarta.drawio",
            "processkarta.graphml",
            "processkarta.mmd",
            "processkarta.puml",
            "processkarta.xlsx");
    if (ExportFormatsTest.UPDATE) {
      for (Map.Entry<String, byte[]> f : set.entrySet()) {
        Files.write(DIAGRAMS.resolve(f.getKey()), f.getValue());
      }
      return;
    }
    for (Map.Entry<String, byte[]> f : set.entrySet()) {
      Path file = DIAGRAMS.resolve(f.getKey());
      assertThat(file).as("regenerate with processkarta render --out diagrams/").exists();
      if (f.getKey().endsWith(".xlsx")) {
        assertThat(ExportFormatsTest.dump(Consumers.xlsx(f.getValue())))
            .as(f.getKey())
            .isEqualTo(ExportFormatsTest.dump(Consumers.xlsx(Files.readAllBytes(file))));
      } else {
        assertThat(new String(f.getValue(), StandardCharsets.UTF_8))
            .as(f.getKey() + " (regenerate with processkarta render --out diagrams/)")
            .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
      }
    }
  }
}
