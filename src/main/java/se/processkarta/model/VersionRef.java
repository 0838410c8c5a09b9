package se.processkarta.model;

import java.util.OptionalLong;

/**
 * Which model a read is asked of: the current one, or an earlier published version. A request's
 * {@code ?version=N} or {@code ?asOf=YYYY-MM-DD} is turned into one of these once, at the edge (and
 * checked there against the versions the graph keeps), so that every read takes a version that is
 * known to exist and nothing after the edge parses or chooses again.
 */
public sealed interface VersionRef {

  /** The current model. */
  VersionRef CURRENT = new Current();

  /** The published version {@code number}, which must be one the graph keeps. */
  static VersionRef of(long number) {
    return new Past(number);
  }

  /** The current model, or the version given. */
  static VersionRef of(OptionalLong number) {
    return number.isPresent() ? of(number.getAsLong()) : CURRENT;
  }

  /** The version number asked for; empty for the current model. */
  OptionalLong number();

  /**
   * Whether this is the current model (which moves on) rather than a version (which never does).
   */
  default boolean isCurrent() {
    return number().isEmpty();
  }

  /** The current model. */
  record Current() implements VersionRef {
    @Override
    public OptionalLong number() {
      return OptionalLong.empty();
    }
  }

  /** An earlier published version, which never changes. */
  record Past(long version) implements VersionRef {
    public Past {
      if (version < 1) {
        throw new IllegalArgumentException("version " + version);
      }
    }

    @Override
    public OptionalLong number() {
      return OptionalLong.of(version);
    }
  }
}
