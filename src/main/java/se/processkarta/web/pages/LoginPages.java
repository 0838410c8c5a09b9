package se.processkarta.web.pages;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.util.Map;
import se.processkarta.changes.Sessions;
import se.processkarta.changes.Users;
import se.processkarta.web.http.ClientAddress;
import se.processkarta.web.http.SignIn;

/**
 * Logging in and out of the web application. The password is checked by {@link Users#login}, the
 * same check (and the same throttling per user name and source) as HTTP Basic for the API; success
 * opens a session on the server ({@link Sessions}) whose random id goes to the browser in an
 * HttpOnly, SameSite=Lax cookie, a new one at every login. Logout ends the session on the server.
 */
@Hidden
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class LoginPages {

  static final String SESSION_COOKIE = "pk_session";

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LoginPages.class);

  private final Users users;
  private final Sessions sessions;
  private final PageRenderer pages;

  LoginPages(Users users, Sessions sessions, PageRenderer pages) {
    this.users = users;
    this.sessions = sessions;
    this.pages = pages;
  }

  @Get(value = "/logga-in", produces = MediaType.TEXT_HTML)
  HttpResponse<String> form(
      HttpRequest<?> request,
      @Nullable Authentication auth,
      @QueryValue @Nullable String fel,
      @QueryValue @Nullable String next) {
    Map<String, Object> m = Pages.model(request, auth);
    m.put("failed", fel != null);
    m.put("next", SignIn.safeNext(next));
    return pages.page("login", m, request);
  }

  @Post(
      value = "/logga-in",
      consumes = MediaType.APPLICATION_FORM_URLENCODED,
      produces = MediaType.TEXT_HTML)
  @Secured(SecurityRule.IS_ANONYMOUS)
  MutableHttpResponse<?> signIn(HttpRequest<?> request, @Body Map<String, String> form) {
    Csrf.verify(request, form.get(Csrf.FIELD));
    String name = form.getOrDefault("username", "");
    String password = form.getOrDefault("password", "");
    String next = SignIn.safeNext(form.get("next"));
    if (name.isBlank() || password.isEmpty() || name.length() > 200 || password.length() > 1000) {
      LOG.info("Inloggning på webben utan namn eller lösenord (fält {})", form.keySet());
      return HttpResponse.seeOther(SignIn.page(next, true));
    }
    if (users.login(name, password, ClientAddress.of(request)).isEmpty()) {
      LOG.info("Misslyckad inloggning på webben för {}", name.strip());
      return HttpResponse.seeOther(SignIn.page(next, true));
    }
    // A session the browser already had ends here: the new one has a new id (no fixation).
    currentCookie(request).ifPresent(sessions::close);
    // Back to the page that sent the browser here (a path on this service only).
    MutableHttpResponse<?> response = HttpResponse.seeOther(URI.create(next));
    response.cookie(sessionCookie(request, sessions.open(name), sessions.length()));
    Csrf.rotate(request, response);
    return response;
  }

  @Post(
      value = "/logga-ut",
      consumes = MediaType.APPLICATION_FORM_URLENCODED,
      produces = MediaType.TEXT_HTML)
  @Secured(SecurityRule.IS_ANONYMOUS)
  MutableHttpResponse<?> signOut(
      HttpRequest<?> request, @Nullable Authentication auth, @Body Map<String, String> form) {
    if (auth != null) {
      // Logging out of a session that has already ended needs no token: there is nothing to end.
      Csrf.verify(request, form.get(Csrf.FIELD));
    }
    currentCookie(request).ifPresent(sessions::close);
    MutableHttpResponse<?> response = HttpResponse.seeOther(URI.create("/"));
    response.cookie(sessionCookie(request, "", java.time.Duration.ZERO));
    Csrf.rotate(request, response);
    return response;
  }

  /** The session cookie: HttpOnly, SameSite=Lax, Secure when the pages' cookies are. */
  private static Cookie sessionCookie(
      HttpRequest<?> request, String value, java.time.Duration maxAge) {
    return Cookie.of(SESSION_COOKIE, value)
        .httpOnly(true)
        .sameSite(SameSite.Lax)
        .path("/")
        .maxAge(maxAge)
        .secure(Csrf.secure(request));
  }

  private static java.util.Optional<String> currentCookie(HttpRequest<?> request) {
    return request.getCookies().findCookie(SESSION_COOKIE).map(Cookie::getValue);
  }
}
