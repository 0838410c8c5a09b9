package se.processkarta.changes;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.annotation.AnnotationValue;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.processkarta.SharedGraph;

/**
 * Every write route of the application, found through the router, for anonymous callers and for a
 * user of each permission: a write route without a {@code @Secured} rule fails this test, anonymous
 * writes are 401, and a user without the permission is 403.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT implements SharedGraph {

  private static final Set<HttpMethod> WRITES =
      Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

  /**
   * Write routes open to anyone by design: signing in and out of the web application. A new route
   * with {@code isAnonymous()} that is not named here fails the test.
   */
  private static final Set<String> OPEN_BY_DESIGN = Set.of("POST /logga-in", "POST /logga-ut");

  private static final String SESSION_COOKIE = "pk_session";
  private static final String CSRF_FIELD = "_csrf";

  @Inject Router router;
  @Inject Users users;
  @Inject Sessions sessions;

  /** One browser session per user, opened as a login would, for the pages' forms. */
  private final Map<String, String> sessionOf = new java.util.HashMap<>();

  @Inject
  @Client("/")
  HttpClient http;

  private List<UriRouteInfo<?, ?>> writeRoutes() {
    return router
        .uriRoutes()
        .filter(r -> WRITES.contains(r.getHttpMethod()))
        .filter(r -> r.getDeclaringType().getName().startsWith("se.processkarta"))
        .toList();
  }

  private static String path(UriRouteInfo<?, ?> r) {
    return r.getUriMatchTemplate()
        .toString()
        .replace("{id}", "999999999")
        .replace("{n}", "1")
        .replace("{username}", "nobody-at-all");
  }

  private int status(UriRouteInfo<?, ?> r, String user, String password) {
    MutableHttpRequest<Object> req = HttpRequest.create(r.getHttpMethod(), path(r));
    boolean form = r.getConsumes().contains(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
    boolean upload = r.getConsumes().equals(List.of(MediaType.MULTIPART_FORM_DATA_TYPE));
    String token = "no-session-no-token";
    if (user != null && (form || upload)) {
      // A page's form is sent as a browser sends it: in the user's session, with its CSRF token,
      // so that what answers is the permission rule and not the content type or the CSRF check.
      String cookie = sessionOf.computeIfAbsent(user, sessions::open);
      token = sessions.find(cookie).orElseThrow().csrf();
      req.cookie(Cookie.of(SESSION_COOKIE, cookie));
    } else if (user != null) {
      req.basicAuth(user, password);
    }
    if (form) {
      req.contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE).body(Map.of(CSRF_FIELD, token));
    } else if (upload) {
      req.contentType(MediaType.MULTIPART_FORM_DATA_TYPE)
          .body(
              io.micronaut.http.client.multipart.MultipartBody.builder()
                  .addPart(CSRF_FIELD, token)
                  .build());
    } else {
      req.body(Map.of());
    }
    try {
      return http.toBlocking().exchange(req).getStatus().getCode();
    } catch (HttpClientResponseException e) {
      return e.getStatus().getCode();
    }
  }

  @Test
  void everyWriteRouteHasARuleAndItHolds() {
    List<UriRouteInfo<?, ?>> routes = writeRoutes();
    assertThat(routes).as("write routes found").hasSizeGreaterThanOrEqualTo(10);
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String password = "matrix-password-1";
    List<String> failures = new ArrayList<>();
    for (Permission p : Permission.values()) {
      users.create("m-" + p.name().toLowerCase() + "-" + suffix, password, null, List.of(p.name()));
    }
    String owner = "m-model_owner-" + suffix;
    assertThat(
            http.toBlocking()
                .retrieve(HttpRequest.GET("/api/me").basicAuth(owner, password), String.class))
        .contains(owner);
    for (UriRouteInfo<?, ?> r : routes) {
      AnnotationValue<Secured> secured = r.getAnnotation(Secured.class);
      String name = r.getHttpMethod() + " " + r.getUriMatchTemplate();
      if (secured == null) {
        failures.add(name + " has no @Secured rule");
        continue;
      }
      List<String> allowed = Arrays.asList(secured.stringValues());
      if (allowed.contains(SecurityRule.IS_ANONYMOUS)) {
        if (!OPEN_BY_DESIGN.contains(r.getHttpMethod() + " " + r.getUriMatchTemplate())) {
          failures.add(name + " is open to anonymous callers without being named as such");
        }
        continue;
      }
      int anonymous = status(r, null, null);
      if (anonymous != 401) {
        failures.add(name + " anonymous: " + anonymous);
      }
      for (Permission p : Permission.values()) {
        String user = "m-" + p.name().toLowerCase() + "-" + suffix;
        boolean may =
            allowed.contains("isAuthenticated()")
                || Permission.roleNames(Set.of(p)).stream().anyMatch(allowed::contains);
        int got = status(r, user, password);
        if (may && (got == 401 || got == 403)) {
          failures.add(name + " " + p + " should pass the rule but got " + got);
        }
        if (!may && got != 403) {
          failures.add(name + " " + p + " should be 403 but got " + got);
        }
      }
    }
    assertThat(failures).isEmpty();
  }
}
