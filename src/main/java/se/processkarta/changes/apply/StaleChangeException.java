package se.processkarta.changes.apply;

import java.util.List;

/**
 * A change was drafted on a version older than the last change to something it touches: applying it
 * would overwrite that change unseen. Raised inside the applying transaction, so nothing is
 * written.
 */
public final class StaleChangeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<ModelWriter.Changed> changed;

  public StaleChangeException(List<ModelWriter.Changed> changed) {
    super("stale: " + changed, null, false, false);
    this.changed = List.copyOf(changed);
  }

  /** The elements and people changed after the change's base version, with the version that did. */
  public List<ModelWriter.Changed> changed() {
    return changed;
  }
}
