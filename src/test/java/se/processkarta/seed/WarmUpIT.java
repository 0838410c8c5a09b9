package se.processkarta.seed;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.processkarta.IsolatedService;

/** The warm-up never decides whether the service starts (issue 10, item 11). */
class WarmUpIT {

  @TempDir Path tmp;

  @Test
  void aModelWithoutElement1StartsAndAnswers() throws Exception {
    Path seed = Files.createDirectories(tmp.resolve("seed/region"));
    Files.writeString(
        seed.resolve("region.yaml"),
        """
        elements:
          - code: "3"
            name: Kärnverksamhet
          - code: "3.5"
            name: Utbildning
        """);
    try (EmbeddedServer server =
        IsolatedService.start(
            tmp.resolve("data"),
            "warmup",
            Map.of(
                "processkarta.seed.dirs",
                seed.toString(),
                // As the packaged server does: the store starts on its own thread.
                "processkarta.neo4j.start-early",
                "true"))) {
      HttpClient client = HttpClient.newHttpClient();
      HttpResponse<String> three =
          client.send(
              HttpRequest.newBuilder(URI.create(server.getURL() + "/api/elements/3")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(three.statusCode()).isEqualTo(200);
      assertThat(three.body()).contains("Kärnverksamhet");
      HttpResponse<String> one =
          client.send(
              HttpRequest.newBuilder(URI.create(server.getURL() + "/api/elements/1")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(one.statusCode()).isEqualTo(404);
    }
  }
}
