package se.processkarta.seed;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import se.processkarta.SharedGraph;
import se.processkarta.hierarchy.HierarchyService;
import se.processkarta.model.Code;
import se.processkarta.model.Element;
import se.processkarta.model.InvalidInputException;
import se.processkarta.model.Level;
import se.processkarta.model.Messages;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedImportIT implements SharedGraph {

  static final List<Path> SEED =
      List.of(Path.of("model-seed/klassa-2.1"), Path.of("model-seed/exempelkommun"));

  @Inject SeedImporter importer;
  @Inject HierarchyService hierarchy;

  @TempDir Path tmp;

  @Test
  void theSeedHoldsAllOfKlassaLevels1To3AndTheExampleMunicipality() throws IOException {
    Map<Code, Element> all = hierarchy.allElements();
    List<String> csvCodes =
        Files.readAllLines(Path.of("model-seed/klassa-2.1/klassa.yaml")).stream()
            .filter(l -> l.contains("code:"))
            .map(l -> l.replaceAll(".*code:\\s*\"?([0-9.]+)\"?.*", "$1"))
            .toList();
    assertThat(csvCodes).hasSize(187);
    assertThat(all.keySet().stream().map(Code::toString)).containsAll(csvCodes);
    assertThat(all.get(Code.parse("3.2")).name()).isEqualTo("Miljö- och samhällsskydd");
    long processes = all.keySet().stream().filter(c -> c.level() == Level.PROCESS).count();
    long areas =
        all.keySet().stream()
            .filter(c -> c.level() == Level.PROCESS)
            .map(c -> c.parent().orElseThrow().parent().orElseThrow())
            .distinct()
            .count();
    assertThat(processes).isGreaterThanOrEqualTo(60);
    assertThat(areas).isGreaterThanOrEqualTo(8);
    assertThat(all.keySet().stream().filter(c -> c.level() == Level.PROCESS && c.isLeading()))
        .isNotEmpty();
  }

  @Test
  void importingTheSameSeedAgainChangesNothing() {
    long before = hierarchy.count();
    ImportResult again = importer.importFrom(SEED, "test");
    assertThat(again.changed()).isFalse();
    assertThat(again.version()).isEmpty();
    assertThat(hierarchy.count()).isEqualTo(before);
  }

  private Path seedDir(String name, Map<String, String> files) throws IOException {
    Path dir = tmp.resolve(name);
    Files.createDirectories(dir);
    for (var f : files.entrySet()) {
      Files.writeString(dir.resolve(f.getKey()), f.getValue());
    }
    return dir;
  }

  private String refusal(Path dir) {
    InvalidInputException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            InvalidInputException.class, () -> importer.importFrom(List.of(dir), "test"));
    return Messages.of(Messages.SWEDISH, e);
  }

  @Test
  void aSeedWithAnErrorInItsSecondFileWritesNothingAtAll() throws IOException {
    Path dir =
        seedDir(
            "half",
            Map.of(
                "10-ok.yaml",
                "elements:\n  - code: \"3.3.8.77\"\n    name: \"Ska inte finnas\"\n",
                "20-bad.yaml",
                "# kommentar\nroles:\n  - kind: OWNER\n    element: \"3.3.8.77\"\n"
                    + "    person: \"finns-inte\"\n    from: 2025-01-01\n"));
    String message = refusal(dir);
    assertThat(message).contains("half/20-bad.yaml:3").contains("finns-inte");
    assertThat(hierarchy.levelsOf(List.of(Code.parse("3.3.8.77")))).isEmpty();
  }

  @Test
  void everyErrorIsReportedWithFileLineAndReason() throws IOException {
    Path dir =
        seedDir(
            "many",
            Map.of(
                "a.yaml",
                String.join(
                    "\n",
                    "elements:",
                    "  - code: \"3.3.8.78\"",
                    "    name: \"   \"",
                    "  - code: \"3..8\"",
                    "    name: Trasig",
                    "  - code: \"3.3.99.1\"",
                    "    name: Utan förälder",
                    "  - code: \"3.3.8.79\"",
                    "    name: Okänt fält",
                    "    owner: någon",
                    "")));
    String message = refusal(dir);
    assertThat(message)
        .contains("4 fel")
        .contains("many/a.yaml:3: Elementet 3.3.8.78 saknar namn")
        .contains("many/a.yaml:4: Ogiltig kod")
        .contains("many/a.yaml:6: Föräldern 3.3.99 till 3.3.99.1 finns inte")
        .contains("many/a.yaml:10: Okänt fält ”owner”");
  }

  @Test
  void brokenYamlIsReportedWithItsLine() throws IOException {
    Path dir =
        seedDir("syntax", Map.of("a.yaml", "elements:\n  - code: \"3.3.8.80\n    name: x\n"));
    assertThat(refusal(dir)).contains("syntax/a.yaml:").contains("inte giltig YAML");
  }

  @Test
  void yamlTagsAreNeverTurnedIntoObjectsAndAliasBombsAreRefused() throws IOException {
    Path tag =
        seedDir(
            "tag",
            Map.of(
                "a.yaml",
                "elements:\n  - code: \"3.3.8.81\"\n    name: !!java.net.URL [\"http://x\"]\n"));
    assertThat(refusal(tag)).contains("tag/a.yaml:3");
    StringBuilder bomb =
        new StringBuilder("a: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\n");
    for (char c = 'b'; c <= 'k'; c++) {
      char p = (char) (c - 1);
      bomb.append(c)
          .append(": &")
          .append(c)
          .append(" [*")
          .append(p)
          .append(",*")
          .append(p)
          .append(",*")
          .append(p)
          .append(",*")
          .append(p)
          .append("]\n");
    }
    Path aliases = seedDir("bomb", Map.of("a.yaml", bomb.toString()));
    assertThat(refusal(aliases)).contains("bomb/a.yaml");
    assertThat(hierarchy.levelsOf(List.of(Code.parse("3.3.8.81")))).isEmpty();
  }

  @Test
  void aMissingDirectoryIsNamed() {
    assertThat(refusal(tmp.resolve("finns-inte")))
        .contains("finns-inte")
        .contains("Katalogen finns inte");
  }
}
