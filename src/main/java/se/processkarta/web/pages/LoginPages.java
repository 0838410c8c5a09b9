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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.handlers.LoginHandler;
import io.micronaut.security.handlers.LogoutHandler;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import se.processkarta.changes.Permission;
import se.processkarta.changes.Users;

/**
 * Logging in and out of the web application. The password is checked by {@link Users#login}, the
 * same check (and the same rate limit per user name) as HTTP Basic for the API; success gives a
 * signed JWT in an HttpOnly cookie through Micronaut's cookie login handler.
 */
@Hidden
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class LoginPages {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LoginPages.class);

  private final Users users;
  private final LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> login;
  private final LogoutHandler<HttpRequest<?>, MutableHttpResponse<?>> logout;
  private final PageRenderer pages;

  LoginPages(
      Users users,
      LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> login,
      LogoutHandler<HttpRequest<?>, MutableHttpResponse<?>> logout,
      PageRenderer pages) {
    this.users = users;
    this.login = login;
    this.logout = logout;
    this.pages = pages;
  }

  @Get(value = "/logga-in", produces = MediaType.TEXT_HTML)
  HttpResponse<String> form(
      HttpRequest<?> request, @Nullable Authentication auth, @QueryValue @Nullable String fel) {
    Map<String, Object> m = Pages.model(request, auth);
    m.put("failed", fel != null);
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
    if (name.isBlank() || password.isEmpty() || name.length() > 200 || password.length() > 1000) {
      LOG.info("Inloggning på webben utan namn eller lösenord (fält {})", form.keySet());
      return HttpResponse.seeOther(URI.create("/logga-in?fel=1"));
    }
    return users
        .login(name, password)
        .<MutableHttpResponse<?>>map(
            held ->
                login.loginSuccess(
                    Authentication.build(name.strip().toLowerCase(Locale.ROOT), roles(held)),
                    request))
        .orElseGet(
            () -> {
              LOG.info("Misslyckad inloggning på webben för {}", name.strip());
              return HttpResponse.seeOther(URI.create("/logga-in?fel=1"));
            });
  }

  @Post(
      value = "/logga-ut",
      consumes = MediaType.APPLICATION_FORM_URLENCODED,
      produces = MediaType.TEXT_HTML)
  @Secured(SecurityRule.IS_ANONYMOUS)
  MutableHttpResponse<?> signOut(HttpRequest<?> request, @Body Map<String, String> form) {
    Csrf.verify(request, form.get(Csrf.FIELD));
    return logout.logout(request);
  }

  private static Set<String> roles(Set<Permission> held) {
    return Permission.roleNames(held);
  }
}
