package se.processkarta.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.processkarta.SharedGraph;

/**
 * One error path: answers written by the framework, its filters (management, CORS; security when it
 * comes) and our handlers are all problem+json, Swedish by default and English when asked.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErrorPathIT implements SharedGraph {

  @Inject EmbeddedServer server;

  private final HttpClient client = HttpClient.newHttpClient();

  private HttpResponse<String> send(HttpRequest.Builder b)
      throws IOException, InterruptedException {
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(URI.create(server.getURL() + path));
  }

  private static void assertProblem(HttpResponse<String> r, int status, String text) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(r.body()).contains("\"status\":" + status).contains(text).doesNotContain("\tat ");
  }

  @Test
  void aManagementEndpointThatIsOffIsA404ProblemNotAnEmptyBody() throws Exception {
    // Only /health is on (issue 20: the others answered 500 to any logged-in user).
    assertProblem(send(get("/beans")), 404, "/beans");
    assertProblem(send(get("/beans").header("Accept-Language", "en")), 404, "/beans");
  }

  @Test
  void aForeignOriginIsA403ProblemNamingTheOrigin() throws Exception {
    HttpResponse<String> r = send(get("/api/levels").header("Origin", "https://evil.example"));
    assertProblem(r, 403, "https://evil.example");
    assertThat(r.body()).contains("inte tillåtna");
  }

  @Test
  void anUnknownRouteAWrongMethodAndAWrongMediaTypeAreProblems() throws Exception {
    assertProblem(send(get("/nope")), 404, "Det finns ingenting");
    assertProblem(
        send(get("/api/levels").method("DELETE", HttpRequest.BodyPublishers.noBody())),
        405,
        "DELETE");
    assertProblem(
        send(get("/api/levels").header("Accept", "image/png").header("Accept-Language", "en")),
        406,
        "format");
  }

  @Test
  void aTooLongUriIs414WithTheLimit() throws Exception {
    HttpResponse<String> r = send(get("/api/search?q=" + "a".repeat(10_000)));
    assertProblem(r, 414, "4096");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "application/*",
        "application/problem+json",
        "*/*",
        "application/json;q=0.5, text/html",
        "application/*;q=0.1"
      })
  void aJsonRouteAnswersEveryAcceptThatAdmitsJson(String accept) throws Exception {
    HttpResponse<String> r = send(get("/api/levels").header("Accept", accept));
    assertThat(r.statusCode()).as(accept + " " + r.body()).isEqualTo(200);
    HttpResponse<String> tree = send(get("/api/tree?depth=1").header("Accept", accept));
    assertThat(tree.statusCode()).as(accept + " " + tree.body()).isEqualTo(200);
  }

  @Test
  void anErrorOnAJsonRouteIsAProblemEvenWhenOnlyProblemJsonIsAccepted() throws Exception {
    assertProblem(
        send(get("/api/elements/99999").header("Accept", "application/problem+json")),
        404,
        "99999");
  }
}
