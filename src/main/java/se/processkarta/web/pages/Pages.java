package se.processkarta.web.pages;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import java.util.HashMap;
import java.util.Map;

/** The model every page's layout reads: who is looking, and the token for its forms. */
final class Pages {

  private Pages() {}

  static Map<String, Object> model(HttpRequest<?> request, @Nullable Authentication auth) {
    Viewer viewer = Viewer.of(auth);
    Map<String, Object> m = new HashMap<>();
    m.put("user", viewer.signedIn() ? viewer : null);
    m.put("viewer", viewer);
    m.put("csrfToken", Csrf.token(request));
    return m;
  }
}
