package se.processkarta.changes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged service on its embedded default with {@code PROCESSKARTA_LOG_FORMAT=json}: every log
 * line is a JSON object; every answer carries an {@code X-Request-Id} (the caller's when it is a
 * plain token, a new one otherwise), and a line logged while a request is served (a failed sign-in,
 * on the blocking threads) carries the same id.
 */
class RequestIdIT {

  private static final HttpClient BROWSER =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @Test
  void answersAndTheirLogLinesShareAnIdAndTheLogIsJsonLines(@TempDir Path tmp) throws Exception {
    Map<String, String> env = new HashMap<>(JarServer.env(tmp.resolve("data"), Optional.empty()));
    env.put("PROCESSKARTA_LOG_FORMAT", "json");
    // The default deployment: the graph embedded in the service (its start beside the context's
    // once kept the request id out of the log).
    env.remove("PROCESSKARTA_NEO4J_URI");
    env.remove("PROCESSKARTA_NEO4J_PASSWORD");
    JarServer s = JarServer.up(env, tmp, "json");
    try {
      HttpResponse<String> plain = s.send("GET", "/api/versions", null, null);
      assertThat(plain.headers().firstValue("X-Request-Id").orElse("")).matches("[0-9a-f-]{36}");
      HttpResponse<String> given =
          BROWSER.send(
              HttpRequest.newBuilder(URI.create(s.url("/api/versions")))
                  .header("X-Request-Id", "intranet.42_a-b")
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(given.headers().firstValue("X-Request-Id")).hasValue("intranet.42_a-b");
      HttpResponse<String> hostile =
          BROWSER.send(
              HttpRequest.newBuilder(URI.create(s.url("/finns-inte")))
                  .header("X-Request-Id", "<script>alert(1)</script>")
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(hostile.statusCode()).isEqualTo(404);
      assertThat(hostile.headers().firstValue("X-Request-Id").orElse("")).matches("[0-9a-f-]{36}");

      // A failed sign-in is logged while its request is served, on another thread.
      HttpResponse<String> form =
          BROWSER.send(
              HttpRequest.newBuilder(URI.create(s.url("/logga-in")))
                  .header("Accept", "text/html")
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
      assertThat(token.find()).isTrue();
      String cookie =
          form.headers().allValues("Set-Cookie").stream()
              .filter(c -> c.startsWith("pk_csrf="))
              .map(c -> c.substring(0, c.indexOf(';')))
              .findFirst()
              .orElseThrow();
      HttpResponse<String> refused =
          BROWSER.send(
              HttpRequest.newBuilder(URI.create(s.url("/logga-in")))
                  .header("Accept", "text/html")
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .header("Cookie", cookie)
                  .header("X-Request-Id", "login-attempt-7")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "username=nobody-here&password=wrong-password-1&_csrf=" + token.group(1)))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(refused.headers().firstValue("X-Request-Id")).hasValue("login-attempt-7");

      ObjectMapper json = new ObjectMapper();
      List<JsonNode> lines = new ArrayList<>();
      long deadline = System.nanoTime() + 10_000_000_000L;
      JsonNode attempt = null;
      while (attempt == null && System.nanoTime() < deadline) {
        lines.clear();
        for (String line : Files.readAllLines(s.log())) {
          if (line.startsWith("{")) {
            lines.add(json.readTree(line));
          }
        }
        attempt =
            lines.stream()
                .filter(n -> n.path("message").asText().contains("nobody-here"))
                .findFirst()
                .orElse(null);
        if (attempt == null) {
          Thread.sleep(100);
        }
      }
      assertThat(attempt).as(Files.readString(s.log())).isNotNull();
      assertThat(attempt.path("requestId").asText()).isEqualTo("login-attempt-7");
      assertThat(attempt.path("level").asText()).isEqualTo("INFO");
      // The start-up lines are JSON too, and without a request id.
      assertThat(lines).hasSizeGreaterThan(3);
      assertThat(lines.get(0).has("@timestamp")).isTrue();
      assertThat(lines.get(0).has("requestId")).isFalse();
    } finally {
      s.stop();
    }
  }
}
