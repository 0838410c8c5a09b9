package se.processkarta.web.pages;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.http.filter.ServerFilterPhase;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import se.processkarta.model.ForbiddenException;

/**
 * CSRF protection for the pages' forms by the double-submit cookie pattern: each browser gets a
 * random token in an HttpOnly, SameSite=Strict cookie, every form repeats it in a hidden {@code
 * _csrf} field, and each page that changes something calls {@link #verify} before it does. A
 * cross-site form can neither read the cookie nor guess the token. (micronaut-security-csrf ties
 * its token to a session id that the JWT cookie does not provide, and sets its cookie only at
 * login, which leaves the login form itself unprotected; see docs/adr/0011.)
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class Csrf implements Ordered {

  static final String COOKIE = "pk_csrf";
  static final String FIELD = "_csrf";
  private static final String ATTRIBUTE = "processkarta.csrf.new";
  private static final SecureRandom RANDOM = new SecureRandom();

  @Override
  public int getOrder() {
    return ServerFilterPhase.SECURITY.before();
  }

  @RequestFilter
  void issue(HttpRequest<?> request) {
    if (existing(request) == null) {
      byte[] bytes = new byte[32];
      RANDOM.nextBytes(bytes);
      request.setAttribute(
          ATTRIBUTE, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }
  }

  @ResponseFilter
  void remember(HttpRequest<?> request, MutableHttpResponse<?> response) {
    request
        .getAttribute(ATTRIBUTE, String.class)
        .ifPresent(
            t ->
                response.cookie(
                    Cookie.of(COOKIE, t)
                        .httpOnly(true)
                        .sameSite(SameSite.Strict)
                        .path("/")
                        .secure(request.isSecure())));
  }

  /** The token this browser's forms carry. */
  static String token(HttpRequest<?> request) {
    String t = existing(request);
    return t != null ? t : request.getAttribute(ATTRIBUTE, String.class).orElse("");
  }

  /** Refuses (403) a form whose token is missing or is not this browser's. */
  static void verify(HttpRequest<?> request, @Nullable String formToken) {
    String cookie = existing(request);
    if (cookie == null
        || formToken == null
        || !MessageDigest.isEqual(
            cookie.getBytes(StandardCharsets.UTF_8), formToken.getBytes(StandardCharsets.UTF_8))) {
      throw new ForbiddenException("web.csrf");
    }
  }

  private static String existing(HttpRequest<?> request) {
    return request
        .getCookies()
        .findCookie(COOKIE)
        .map(Cookie::getValue)
        .filter(v -> v.length() >= 32 && v.length() <= 64)
        .orElse(null);
  }
}
