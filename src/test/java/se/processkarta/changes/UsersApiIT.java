package se.processkarta.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.processkarta.SharedGraph;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UsersApiIT implements SharedGraph {

  static final String ADMIN = "admin";
  static final String ADMIN_PASSWORD = "test-admin-password";

  @Inject
  @Client("/")
  HttpClient http;

  private <T> MutableHttpRequest<T> as(MutableHttpRequest<T> r, String user, String password) {
    return r.basicAuth(user, password);
  }

  private Map<String, Object> call(MutableHttpRequest<?> r) {
    return http.toBlocking().retrieve(r, Argument.mapOf(String.class, Object.class));
  }

  static List<Object> list(Object o) {
    return ((List<?>) o).stream().map(x -> (Object) x).toList();
  }

  private HttpClientResponseException fails(MutableHttpRequest<?> r) {
    return assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(r));
  }

  @Test
  void theFirstOwnerCreatesUsersWhoThenLogIn() {
    Map<String, Object> created =
        call(
            as(
                HttpRequest.POST(
                    "/api/users",
                    Map.of(
                        "username", "Greta.Editor",
                        "password", "greta-password-1",
                        "displayName", "Greta <script>&\"å\"",
                        "permissions", List.of("MODEL_EDITOR"))),
                ADMIN,
                ADMIN_PASSWORD));
    assertThat(created).containsEntry("username", "greta.editor");
    assertThat(created).containsEntry("displayName", "Greta <script>&\"å\"");
    assertThat(created).doesNotContainKeys("password", "passwordHash");

    Map<String, Object> me =
        call(as(HttpRequest.GET("/api/me"), "greta.editor", "greta-password-1"));
    assertThat(me).containsEntry("username", "greta.editor");
    assertThat(list(me.get("permissions"))).contains("MODEL_EDITOR", "READER");
    assertThat(list(me.get("permissions"))).doesNotContain("MODEL_REVIEWER");

    HttpClientResponseException forbidden =
        fails(as(HttpRequest.GET("/api/users"), "greta.editor", "greta-password-1"));
    assertThat(forbidden.getStatus().getCode()).isEqualTo(HttpStatus.FORBIDDEN.getCode());
    assertThat(forbidden.getResponse().getContentType().orElseThrow().toString())
        .isEqualTo("application/problem+json");
  }

  @Test
  void withoutLoginTheAnswerIs401WithAChallengeAndASwedishProblem() {
    HttpClientResponseException e = fails(HttpRequest.GET("/api/me"));
    assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.UNAUTHORIZED.getCode());
    assertThat(e.getResponse().getHeaders().get("WWW-Authenticate")).startsWith("Basic");
    assertThat(e.getResponse().getContentType().orElseThrow().toString())
        .isEqualTo("application/problem+json");
    assertThat(e.getResponse().getBody(String.class).orElseThrow())
        .contains("Du behöver logga in för att göra det här.");
  }

  @Test
  void readingStaysAnonymousAndWritesWithoutLoginAre401() {
    assertThat(http.toBlocking().exchange(HttpRequest.GET("/api/levels")).getStatus().getCode())
        .isEqualTo(HttpStatus.OK.getCode());
    HttpClientResponseException e =
        fails(HttpRequest.POST("/api/users", Map.of("username", "x", "password", "y")));
    assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.UNAUTHORIZED.getCode());
  }

  @Test
  void repeatedFailuresLockTheNameAndTheAnswerNeverTellsWhetherItExists() {
    call(
        as(
            HttpRequest.POST(
                "/api/users", Map.of("username", "locked", "password", "locked-password-1")),
            ADMIN,
            ADMIN_PASSWORD));
    for (int i = 0; i < Users.MAX_FAILURES; i++) {
      HttpClientResponseException known =
          fails(as(HttpRequest.GET("/api/me"), "locked", "wrong-password"));
      HttpClientResponseException unknown =
          fails(as(HttpRequest.GET("/api/me"), "nobody-" + i, "wrong-password"));
      assertThat(known.getStatus().getCode()).isEqualTo(unknown.getStatus().getCode());
      assertThat(known.getResponse().getBody(String.class))
          .isEqualTo(unknown.getResponse().getBody(String.class));
    }
    // Now even the right password is refused, exactly as a wrong one.
    HttpClientResponseException locked =
        fails(as(HttpRequest.GET("/api/me"), "locked", "locked-password-1"));
    assertThat(locked.getStatus().getCode()).isEqualTo(HttpStatus.UNAUTHORIZED.getCode());
  }

  @Test
  void aDisabledUserCannotLogInAndPermissionsCanBeChanged() {
    call(
        as(
            HttpRequest.POST(
                "/api/users",
                Map.of(
                    "username", "rita",
                    "password", "rita-password-1",
                    "permissions", List.of("MODEL_REVIEWER"))),
            ADMIN,
            ADMIN_PASSWORD));
    assertThat(call(as(HttpRequest.GET("/api/me"), "rita", "rita-password-1")))
        .containsEntry("username", "rita");
    Map<String, Object> patched =
        call(
            as(
                HttpRequest.PATCH(
                    "/api/users/rita", Map.of("disabled", true, "permissions", List.of("READER"))),
                ADMIN,
                ADMIN_PASSWORD));
    assertThat(patched).containsEntry("disabled", true);
    assertThat(list(patched.get("permissions"))).containsExactly("READER");
    assertThat(
            fails(as(HttpRequest.GET("/api/me"), "rita", "rita-password-1")).getStatus().getCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED.getCode());
  }

  @Test
  void badUserInputIsA400InSwedish() {
    HttpClientResponseException e =
        fails(
            as(
                HttpRequest.POST(
                    "/api/users",
                    Map.of("username", "kort", "password", "kort", "permissions", List.of("GOD"))),
                ADMIN,
                ADMIN_PASSWORD));
    assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
    // The problem names the field it is about, which a form shows the reason at.
    assertThat(e.getResponse().getBody(String.class).orElseThrow())
        .contains("\"field\":\"password\"");
  }
}
