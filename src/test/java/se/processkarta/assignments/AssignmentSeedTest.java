package se.processkarta.assignments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.serde.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.processkarta.seed.SeedSettings;

/** The assignment seed is read and checked before anything is written, with Swedish errors. */
class AssignmentSeedTest {

  private final AssignmentSeed seed =
      new AssignmentSeed(null, ObjectMapper.getDefault(), new SeedSettings());

  @Test
  void theExampleMunicipalitysAssignmentsAreReadable() {
    List<AssignmentSeed.Located> entries = seed.read(List.of(Path.of("model-seed/exempelkommun")));
    assertThat(entries).hasSize(5);
    assertThat(entries.get(0).file()).isEqualTo("exempelkommun/60-uppdrag.yaml");
  }

  @Test
  void aBadEntryIsNamedByFileAndLineInSwedish(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("60-uppdrag.yaml"),
        """
        assignments:
          - state: DECIDED
            brief:
              title: "Utan datum"
              kind: NETWORK
              form: NETWORK
              responsibleId: "a"
              managerId: "b"
        """);
    assertThatThrownBy(() -> seed.read(List.of(dir)))
        .hasMessageContaining("60-uppdrag.yaml:2")
        .satisfies(
            e ->
                assertThat(
                        se.processkarta.model.Messages.of(
                            se.processkarta.model.Messages.SWEDISH,
                            (se.processkarta.model.ProcesskartaException) e))
                    .contains("saknas"));
  }
}
