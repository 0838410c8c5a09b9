package se.processkarta.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Loads Cypher statements from {@code src/main/resources/cypher/<feature>/<name>.cypher}, once
 * each. Statements take {@code $parameters}; nothing is concatenated into them.
 */
public final class Cypher {

  private Cypher() {}

  /** The statement stored at {@code cypher/<path>.cypher}, e.g. {@code hierarchy/element}. */
  public static String load(String path) {
    String resource = "/cypher/" + path + ".cypher";
    try (InputStream in = Cypher.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing Cypher file " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
