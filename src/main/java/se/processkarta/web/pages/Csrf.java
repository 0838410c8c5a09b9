package se.processkarta.web.pages;

import io.micronaut.context.annotation.Value;
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
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.SecurityFilter;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import se.processkarta.changes.Sessions;
import se.processkarta.model.ForbiddenException;

/**
 * CSRF protection for the pages' forms, bound to the session. A signed-in browser's forms carry its
 * session's own token (a synchroniser token kept with the session on the server, so it changes with
 * every login). Before login (the login form) the token is an HMAC, under the server's secret, of a
 * random value in an HttpOnly, SameSite=Strict cookie: an attacker who plants a cookie of their
 * choosing cannot make the token that goes with it. The cookie is Secure when the session cookie
 * is, and replaced at login and logout. Each page that changes something calls {@link #verify}
 * before it does.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class Csrf implements Ordered {

  static final String COOKIE = "pk_csrf";
  static final String FIELD = "_csrf";
  private static final String ATTRIBUTE = "processkarta.csrf.new";
  private static final SecureRandom RANDOM = new SecureRandom();

  /** The HMAC key for tokens before login; the configured session secret, or random per start. */
  private static volatile byte[] key = random(32);

  private static volatile boolean alwaysSecure;

  Csrf(
      @Nullable @Value("${processkarta.session-secret:}") String secret,
      @Value("${processkarta.cookie-secure:false}") boolean cookieSecure) {
    if (secret != null && !secret.isBlank()) {
      key = secret.getBytes(StandardCharsets.UTF_8);
    }
    alwaysSecure = cookieSecure;
  }

  @Override
  public int getOrder() {
    return ServerFilterPhase.SECURITY.before();
  }

  @RequestFilter
  void issue(HttpRequest<?> request) {
    if (existing(request) == null) {
      request.setAttribute(ATTRIBUTE, encode(random(32)));
    }
  }

  @ResponseFilter
  void remember(HttpRequest<?> request, MutableHttpResponse<?> response) {
    request
        .getAttribute(ATTRIBUTE, String.class)
        .ifPresent(t -> response.cookie(cookie(request, t)));
  }

  /** Whether cookies are sent with Secure: over TLS, or always when so configured. */
  static boolean secure(HttpRequest<?> request) {
    return alwaysSecure || request.isSecure();
  }

  /** A new pre-login value for this browser (at login and logout), set on {@code response}. */
  static void rotate(HttpRequest<?> request, MutableHttpResponse<?> response) {
    response.cookie(cookie(request, encode(random(32))));
  }

  /** The token this browser's forms carry. */
  static String token(HttpRequest<?> request) {
    String session = sessionToken(request);
    if (session != null) {
      return session;
    }
    String value = existing(request);
    if (value == null) {
      value = request.getAttribute(ATTRIBUTE, String.class).orElse(null);
    }
    return value == null ? "" : sign(value);
  }

  /** Refuses (403) a form whose token is missing or is not this session's (or this browser's). */
  static void verify(HttpRequest<?> request, @Nullable String formToken) {
    String expected = sessionToken(request);
    if (expected == null) {
      String value = existing(request);
      expected = value == null ? null : sign(value);
    }
    if (expected == null
        || formToken == null
        || !MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.UTF_8),
            formToken.getBytes(StandardCharsets.UTF_8))) {
      throw new ForbiddenException("web.csrf");
    }
  }

  private static String sessionToken(HttpRequest<?> request) {
    return request
        .getAttribute(SecurityFilter.AUTHENTICATION, Authentication.class)
        .map(a -> a.getAttributes().get(Sessions.CSRF_ATTRIBUTE))
        .map(String::valueOf)
        .orElse(null);
  }

  private static Cookie cookie(HttpRequest<?> request, String value) {
    return Cookie.of(COOKIE, value)
        .httpOnly(true)
        .sameSite(SameSite.Strict)
        .path("/")
        .secure(secure(request));
  }

  private static String existing(HttpRequest<?> request) {
    return request
        .getCookies()
        .findCookie(COOKIE)
        .map(Cookie::getValue)
        .filter(v -> v.length() >= 32 && v.length() <= 64)
        .orElse(null);
  }

  private static String sign(String value) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return encode(mac.doFinal(("csrf:" + value).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] random(int n) {
    byte[] bytes = new byte[n];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  private static String encode(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
