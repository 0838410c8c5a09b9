package se.processkarta.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
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
class ElementApiIT implements SharedGraph {

  @Inject
  @Client("/")
  HttpClient http;

  @SuppressWarnings("unchecked")
  private Map<String, Object> get(String uri) {
    return http.toBlocking()
        .retrieve(HttpRequest.GET(uri), Argument.mapOf(String.class, Object.class));
  }

  @Test
  void utbildningComesWithBreadcrumbChildrenInNumericOrderAndRoles() {
    Map<String, Object> e = get("/api/elements/3.5");
    assertThat(e).containsEntry("name", "Utbildning").containsEntry("level", 2);
    assertThat(codes(e.get("breadcrumb"))).containsExactly("3", "3.5");
    assertThat(codes(e.get("children")))
        .containsExactly(
            "3.5.0", "3.5.1", "3.5.2", "3.5.3", "3.5.4", "3.5.5", "3.5.6", "3.5.7", "3.5.8",
            "3.5.9", "3.5.10", "3.5.11", "3.5.12");
    assertThat(e).containsKey("roles");
  }

  @SuppressWarnings("unchecked")
  private static List<String> codes(Object list) {
    return ((List<Map<String, Object>>) list).stream().map(m -> (String) m.get("code")).toList();
  }

  @Test
  void aMalformedCodeIsA400ProblemInSwedish() {
    HttpClientResponseException e =
        assertThrows(
            HttpClientResponseException.class,
            () -> http.toBlocking().retrieve(HttpRequest.GET("/api/elements/abc"), String.class));
    assertThat(e.getStatus().getCode()).isEqualTo(400);
    assertThat(e.getResponse().getContentType().orElseThrow().getName())
        .isEqualTo("application/problem+json");
    assertThat(e.getResponse().getBody(String.class).orElseThrow()).contains("Ogiltig kod");
  }
}
