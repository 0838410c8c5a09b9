package se.processkarta.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The seed's Klassa levels 1–3 are exactly the reference list kept beside them, in its order. */
class KlassaReferenceTest {

  private static final Path DIR = Path.of("model-seed", "klassa-2.1");

  @Test
  @SuppressWarnings("unchecked")
  void theSeedHoldsTheReferenceCodesAndNamesInOrder() throws Exception {
    List<String> reference =
        Files.readAllLines(DIR.resolve("klassa-2.1-levels-1-3.csv"), StandardCharsets.UTF_8)
            .stream()
            .skip(1)
            .filter(l -> !l.isBlank())
            .map(
                l -> {
                  String[] f = l.split(";", 3);
                  assertThat(f[0].split("\\.")).hasSize(Integer.parseInt(f[1]));
                  return f[0] + " " + f[2];
                })
            .toList();
    Map<String, Object> seed =
        new Yaml().load(Files.readString(DIR.resolve("klassa.yaml"), StandardCharsets.UTF_8));
    List<String> seeded =
        ((List<Map<String, Object>>) seed.get("elements"))
            .stream().map(e -> e.get("code") + " " + e.get("name")).toList();
    assertThat(reference).hasSize(187);
    assertThat(seeded).containsExactlyElementsOf(reference);
  }
}
