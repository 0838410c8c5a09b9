package se.processkarta.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MigrationIndexTest {

  @Test
  void everyMigrationFileIsInTheIndexAndFoundThroughIt() throws IOException {
    Path dir = Path.of("src/main/resources/neo4j/migrations");
    List<String> files;
    try (Stream<Path> s = Files.list(dir)) {
      files =
          s.map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".cypher"))
              .sorted()
              .toList();
    }
    List<String> found =
        new IndexedMigrationScanner()
            .scan(List.of("classpath:neo4j/migrations")).stream()
                .map(URL::getPath)
                .map(p -> p.substring(p.lastIndexOf('/') + 1))
                .sorted()
                .toList();
    assertThat(files).isNotEmpty();
    assertThat(found).isEqualTo(files);
  }
}
