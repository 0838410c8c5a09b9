package se.processkarta.web.http;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where a browser signs in, and where it goes after: a page that needs a signed-in user sends the
 * browser to {@code /logga-in?next=/the/page}, and signing in returns there. Only a path on this
 * service is followed ({@link #safeNext}); anything else goes to the start page.
 */
public final class SignIn {

  /** The sign-in page. */
  public static final String PAGE = "/logga-in";

  private static final int MAX_NEXT = 2000;

  private SignIn() {}

  /** The sign-in page, returning to the page asked for when it was a page one can go back to. */
  public static URI redirect(HttpRequest<?> request) {
    HttpMethod m = request.getMethod();
    if (m != HttpMethod.GET && m != HttpMethod.HEAD) {
      return URI.create(PAGE);
    }
    String asked = request.getUri().getRawPath();
    String query = request.getUri().getRawQuery();
    return page(query == null ? asked : asked + "?" + query, false);
  }

  /** The sign-in page with {@code next} (when safe) and, after a refusal, {@code fel=1}. */
  public static URI page(String next, boolean failed) {
    String safe = safeNext(next);
    StringBuilder b = new StringBuilder(PAGE);
    if (failed) {
      b.append("?fel=1");
    }
    if (!safe.equals("/")) {
      b.append(failed ? '&' : '?')
          .append("next=")
          .append(URLEncoder.encode(safe, StandardCharsets.UTF_8));
    }
    return URI.create(b.toString());
  }

  /**
   * {@code next} if it is a path on this service ({@code /andringar?x=1}), else {@code /}: never
   * another host ({@code //evil}, {@code /\evil}, {@code https://…}), never the sign-in page
   * itself, never a line break.
   */
  public static String safeNext(String next) {
    if (next == null
        || next.length() > MAX_NEXT
        || !next.startsWith("/")
        || next.startsWith("//")
        || next.startsWith(PAGE)
        || next.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '\\')) {
      return "/";
    }
    try {
      URI uri = new URI(next);
      return uri.getScheme() == null && uri.getRawAuthority() == null ? next : "/";
    } catch (java.net.URISyntaxException e) {
      return "/";
    }
  }
}
