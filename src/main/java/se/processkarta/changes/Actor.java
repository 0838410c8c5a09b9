package se.processkarta.changes;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who acts: the signed-in user's name and the permissions they hold now (each including the ones
 * below it). Built once per request from the session (the web layer binds it), and asked by every
 * rule of who may do what, in the API and on the pages alike.
 */
public record Actor(String username, Set<Permission> permissions) {

  public Actor {
    permissions = permissions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(permissions));
  }

  /**
   * The actor from the role names the security layer holds for them; names that are no permission
   * are not held.
   */
  public static Actor of(String username, Collection<String> roleNames) {
    Set<Permission> held = EnumSet.noneOf(Permission.class);
    for (Permission p : Permission.values()) {
      if (roleNames.contains(p.name())) {
        held.addAll(p.withImplied());
      }
    }
    return new Actor(username, held);
  }

  /** A user with {@code permission} and what it includes. */
  public static Actor with(String username, Permission permission) {
    return new Actor(username, permission.withImplied());
  }

  public boolean holds(Permission p) {
    return permissions.contains(p);
  }

  /** A metodstödjare (or more): drafts changes, imports, creates any assignment. */
  public boolean mayDraft() {
    return holds(Permission.MODEL_EDITOR);
  }

  /** A modellstödjare (or more): reviews others' changes, reads the audit log and versions. */
  public boolean mayReview() {
    return holds(Permission.MODEL_REVIEWER);
  }

  /** A modellansvarig: users and everything else. */
  public boolean mayAdminister() {
    return holds(Permission.MODEL_OWNER);
  }

  public boolean is(String name) {
    return username.equals(name);
  }
}
