package se.processkarta.web.pages;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.MutableHttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * Security headers on every answer, pages and API alike: a strict Content-Security-Policy (only
 * this origin's scripts, styles and images; no inline script or style, no plugins, no framing), no
 * MIME sniffing, no referrer to other sites, and no access to the device's sensors. The Swagger UI
 * is the one exception: it needs inline styles and scripts, so it keeps its own looser policy.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class SecurityHeaders implements Ordered {

  static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  private static final String SWAGGER_CSP =
      "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline';"
          + " img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

  @Override
  public int getOrder() {
    // Outside the error path too, so that error pages carry the headers.
    return ServerFilterPhase.FIRST.before() - 1;
  }

  @ResponseFilter
  void headers(io.micronaut.http.HttpRequest<?> request, MutableHttpResponse<?> response) {
    MutableHttpHeaders h = response.getHeaders();
    boolean swagger = request.getPath().startsWith("/swagger-ui/");
    h.set("Content-Security-Policy", swagger ? SWAGGER_CSP : CSP);
    h.set("X-Content-Type-Options", "nosniff");
    h.set("Referrer-Policy", "same-origin");
    h.set("X-Frame-Options", "DENY");
    h.set("Cross-Origin-Opener-Policy", "same-origin");
    h.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (request.isSecure()) {
      h.set("Strict-Transport-Security", "max-age=31536000");
    }
  }
}
