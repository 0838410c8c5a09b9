package se.processkarta.web.pages;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.endpoint.health.HealthEndpoint;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.processkarta.hierarchy.TreeNode;
import se.processkarta.model.VersionRef;
import se.processkarta.reads.ModelReads;

/**
 * Visits the pages users open first (the start page with its map, the tree, a process page, a
 * search, the gaps) a few times as soon as the server listens, so that templates are parsed,
 * drawings rendered and cached and the code compiled before the first user comes: a first visit
 * after a start took 2–5 s. Until that is done {@code /health} says DOWN ("pages": warming), so a
 * load balancer or a start script waits for it. Off with {@code processkarta.warm-pages.enabled:
 * false} (the tests, whose contexts would each pay for it).
 */
@Singleton
@Requires(beans = HealthEndpoint.class)
@Requires(property = "processkarta.warm-pages.enabled", notEquals = "false")
final class PageWarmup extends AbstractHealthIndicator<Map<String, Object>>
    implements ApplicationEventListener<ServerStartupEvent> {

  private static final Logger LOG = LoggerFactory.getLogger(PageWarmup.class);

  /** How often each page is visited: the first parses and renders, the rest compile the code. */
  static final int ROUNDS = 3;

  private final ModelReads reads;
  private volatile boolean done;
  private volatile long millis = -1;

  PageWarmup(ModelReads reads) {
    this.reads = reads;
  }

  @Override
  public void onApplicationEvent(ServerStartupEvent event) {
    URI base = event.getSource().getURI();
    Thread t = new Thread(() -> warm(base), "sidvarmning");
    t.setDaemon(true);
    t.start();
  }

  /** The pages to visit: fixed ones, and the first process of the model. */
  List<String> paths() {
    List<String> paths = new ArrayList<>(List.of("/", "/processer", "/sok?q=f%C3%B6rskola"));
    firstProcess(reads.tree(VersionRef.CURRENT, Optional.empty(), 4))
        .ifPresent(code -> paths.add("/processer/" + code));
    paths.add("/luckor");
    paths.add("/logga-in");
    return paths;
  }

  private static Optional<String> firstProcess(List<TreeNode> nodes) {
    for (TreeNode n : nodes) {
      if (n.level() == 4) {
        return Optional.of(n.code());
      }
      Optional<String> below = firstProcess(n.children());
      if (below.isPresent()) {
        return below;
      }
    }
    return Optional.empty();
  }

  void warm(URI base) {
    long start = System.nanoTime();
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    try {
      List<String> paths = paths();
      for (int round = 0; round < ROUNDS; round++) {
        for (String path : paths) {
          HttpResponse<Void> r =
              client.send(
                  HttpRequest.newBuilder(base.resolve(path))
                      .timeout(Duration.ofSeconds(60))
                      .header("Accept", "text/html")
                      .GET()
                      .build(),
                  HttpResponse.BodyHandlers.discarding());
          if (r.statusCode() >= 500) {
            LOG.warn("Uppvärmning av {} gav {}", path, r.statusCode());
          }
        }
      }
      millis = (System.nanoTime() - start) / 1_000_000;
      LOG.info("Sidorna uppvärmda på {} ms", millis);
    } catch (Exception e) {
      // It never decides whether the service runs: the first user pays instead, and it is logged.
      LOG.warn("Uppvärmningen av sidorna avbröts ({}); tjänsten är uppe ändå", e.toString());
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
    } finally {
      done = true;
    }
  }

  boolean done() {
    return done;
  }

  @Override
  protected Map<String, Object> getHealthInformation() {
    healthStatus = done ? HealthStatus.UP : HealthStatus.DOWN;
    return done ? Map.of("warm", true, "ms", millis) : Map.of("warm", false);
  }

  @Override
  protected String getName() {
    return "pages";
  }
}
