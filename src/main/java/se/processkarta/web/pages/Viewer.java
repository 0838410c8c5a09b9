package se.processkarta.web.pages;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import java.util.Collection;
import java.util.Set;
import se.processkarta.changes.Actor;
import se.processkarta.changes.Sessions;

/**
 * Who is looking at a page: the user name (null when anonymous), the name to show people (the
 * user's display name; the user name for a script signed in with Basic) and the permissions, which
 * decide which controls a page shows. The server checks the same permissions again on every write.
 */
public record Viewer(@Nullable String name, @Nullable String displayName, Set<String> roles) {

  static final Viewer ANONYMOUS = new Viewer(null, null, Set.of());

  public Viewer {
    roles = Set.copyOf(roles);
  }

  static Viewer of(@Nullable Authentication auth) {
    if (auth == null) {
      return ANONYMOUS;
    }
    Collection<String> r = auth.getRoles();
    Object shown = auth.getAttributes().get(Sessions.DISPLAY_NAME_ATTRIBUTE);
    return new Viewer(
        auth.getName(),
        shown instanceof String s && !s.isBlank() ? s : auth.getName(),
        Set.copyOf(r));
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
