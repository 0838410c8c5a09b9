package se.processkarta;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * The class-data training run ({@link Launcher}): once the server is up on its fresh store and has
 * warmed its pages ({@code /health} green, which it is only after that), it answers the requests a
 * user sends first, so that the classes they need are in the archive, and then stops. Any answer
 * but 200 fails the run, and with it the build.
 */
final class Training {

  static final List<String> PATHS =
      List.of(
          "/api/elements/1",
          "/api/elements/3.5",
          "/api/elements/3.5/children",
          "/api/tree?depth=5",
          "/api/levels",
          "/api/search?q=f%C3%B6rskol",
          "/api/elements/3.5/roles",
          "/health");

  /** How long the run waits for the pages to be warm: far longer than they take (about 5 s). */
  static final long HEALTH_WAIT_NANOS = 180_000_000_000L;

  private Training() {}

  /** Exit code of the training run. */
  static int exercise(ApplicationContext context) throws InterruptedException {
    int port = context.getBean(EmbeddedServer.class).getPort();
    HttpClient client = HttpClient.newHttpClient();
    try {
      // The pages' warm-up (web.pages.PageWarmup) runs first, and loads the pages' classes too.
      HttpRequest health =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build();
      long deadline = System.nanoTime() + HEALTH_WAIT_NANOS;
      while (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() != 200
          && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      for (String path : PATHS) {
        HttpRequest request =
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
          System.err.println("Träningskörningen fick " + response.statusCode() + " från " + path);
          return 1;
        }
      }
    } catch (IOException e) {
      System.err.println("Träningskörningen nådde inte servern: " + e.getMessage());
      return 1;
    } finally {
      context.close();
    }
    System.out.println("Träningskörningen klar: " + PATHS.size() + " anrop besvarade");
    return 0;
  }
}
