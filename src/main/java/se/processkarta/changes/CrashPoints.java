package se.processkarta.changes;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * For the crash-recovery tests only: with PROCESSKARTA_TEST_HALT_AT set to a point's name, the JVM
 * halts there at once, as a kill -9 would, with no shutdown hooks and nothing flushed. Unset (as in
 * every real deployment) it does nothing.
 */
@Singleton
class CrashPoints {

  /** After the change is recorded as approved, before the graph is written. */
  static final String APPROVED = "approved";

  /** After the graph transaction committed, before the change is marked applied. */
  static final String GRAPH_APPLIED = "graph-applied";

  /** The same two points for an import (the first-start seed load or the import command). */
  static final String IMPORT_APPROVED = "import-approved";

  static final String IMPORT_GRAPH_APPLIED = "import-graph-applied";

  /** After the change is marked applied. */
  static final String MARKED = "marked";

  private static final Logger LOG = LoggerFactory.getLogger(CrashPoints.class);

  private final String haltAt;

  CrashPoints(@Nullable @Value("${processkarta.test.halt-at:}") String haltAt) {
    this.haltAt = haltAt == null ? "" : haltAt.strip();
  }

  void reached(String point) {
    if (!haltAt.isEmpty() && haltAt.equals(point)) {
      LOG.error("PROCESSKARTA_TEST_HALT_AT={}: halting the JVM here", point);
      Runtime.getRuntime().halt(137);
    }
  }
}
