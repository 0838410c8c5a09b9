package se.processkarta.web.pages;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import java.util.Collection;
import java.util.Set;
import se.processkarta.changes.Actor;

/**
 * Who is looking at a page: the user name (null when anonymous) and the permissions, which decide
 * which controls a page shows. The server checks the same permissions again on every write.
 */
public record Viewer(@Nullable String name, Set<String> roles) {

  static final Viewer ANONYMOUS = new Viewer(null, Set.of());

  public Viewer {
    roles = Set.copyOf(roles);
  }

  static Viewer of(@Nullable Authentication auth) {
    if (auth == null) {
      return ANONYMOUS;
    }
    Collection<String> r = auth.getRoles();
    return new Viewer(auth.getName(), Set.copyOf(r));
  }

  public boolean signedIn() {
    return name != null;
  }

  public boolean editor() {
    return signedIn() && actor().mayDraft();
  }

  public boolean reviewer() {
    return signedIn() && actor().mayReview();
  }

  public boolean owner() {
    return signedIn() && actor().mayAdminister();
  }

  /** The signed-in user as the rules ask of them (only for a signed-in viewer). */
  Actor actor() {
    return Actor.of(name, roles);
  }
}
