package se.processkarta.graph;

import ac.simons.neo4j.migrations.core.ClasspathResourceScanner;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the Cypher migrations through an {@code index.txt} beside them instead of scanning the
 * whole classpath: with some 300 jars in {@code lib/}, the library's own scan took seconds of every
 * start. {@code MigrationIndexTest} fails when a migration file is missing from the index.
 */
final class IndexedMigrationScanner implements ClasspathResourceScanner {

  static final String INDEX = "index.txt";

  @Override
  public List<URL> scan(List<String> locations) {
    ClassLoader loader = IndexedMigrationScanner.class.getClassLoader();
    List<URL> urls = new ArrayList<>();
    for (String location : locations) {
      String dir = location.replaceFirst("^classpath:", "").replaceFirst("^/+", "");
      try (InputStream in = loader.getResourceAsStream(dir + "/" + INDEX)) {
        if (in == null) {
          continue;
        }
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          String name = line.strip();
          if (name.isEmpty() || name.startsWith("#")) {
            continue;
          }
          URL url = loader.getResource(dir + "/" + name);
          if (url == null) {
            throw new IllegalStateException(
                "migration " + dir + "/" + name + " is in the index but missing");
          }
          urls.add(url);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return urls;
  }
}
