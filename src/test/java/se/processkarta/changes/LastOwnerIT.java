package se.processkarta.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.processkarta.SharedGraph;

/**
 * There is always at least one active modellansvarig (issue 20): the last one can neither disable
 * nor demote itself through {@code PATCH /api/users/{name}} (422, in Swedish), and neither can
 * anyone else do it to them. In a user store of its own, where admin is the only owner.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LastOwnerIT implements SharedGraph {

  static final String ADMIN_PASSWORD = "test-admin-password";

  @Inject
  @Client("/")
  HttpClient http;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(SharedGraph.super.getProperties());
    p.put(
        "datasources.default.url",
        "jdbc:h2:mem:lastowner;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    return p;
  }

  private int patch(String who, String password, String name, Map<String, Object> body) {
    try {
      return http.toBlocking()
          .exchange(HttpRequest.PATCH("/api/users/" + name, body).basicAuth(who, password))
          .getStatus()
          .getCode();
    } catch (HttpClientResponseException e) {
      if (e.getStatus().getCode() == 422) {
        assertThat(e.getResponse().getBody(String.class).orElseThrow())
            .contains("enda aktiva modellansvariga");
      }
      return e.getStatus().getCode();
    }
  }

  @Test
  void theLastActiveOwnerCannotBeDisabledOrDemoted() {
    assertThat(patch("admin", ADMIN_PASSWORD, "admin", Map.of("disabled", true))).isEqualTo(422);
    assertThat(patch("admin", ADMIN_PASSWORD, "admin", Map.of("permissions", List.of("READER"))))
        .isEqualTo(422);
    // A second owner, disabled, does not count.
    http.toBlocking()
        .exchange(
            HttpRequest.POST(
                    "/api/users",
                    Map.of(
                        "username", "reserv",
                        "password", "reserv-password-1",
                        "permissions", List.of("MODEL_OWNER")))
                .basicAuth("admin", ADMIN_PASSWORD));
    assertThat(patch("admin", ADMIN_PASSWORD, "reserv", Map.of("disabled", true))).isEqualTo(200);
    assertThat(patch("admin", ADMIN_PASSWORD, "admin", Map.of("disabled", true))).isEqualTo(422);
    // With an active second owner, admin may step down; then the second is the last.
    assertThat(patch("admin", ADMIN_PASSWORD, "reserv", Map.of("disabled", false))).isEqualTo(200);
    assertThat(patch("admin", ADMIN_PASSWORD, "admin", Map.of("permissions", List.of("READER"))))
        .isEqualTo(200);
    assertThat(patch("reserv", "reserv-password-1", "reserv", Map.of("disabled", true)))
        .isEqualTo(422);
    HttpClientResponseException e =
        assertThrows(
            HttpClientResponseException.class,
            () ->
                http.toBlocking()
                    .exchange(HttpRequest.GET("/api/users").basicAuth("admin", ADMIN_PASSWORD)));
    assertThat(e.getStatus().getCode()).isEqualTo(403);
  }
}
