package se.processkarta.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Search at a model version ({@code ?version=N}) follows the same rules as the current search:
 * every test of {@link SearchIT} runs again against the version read from the validity intervals,
 * which has no full-text index of its own (issue 11).
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PastSearchIT extends SearchIT {

  private long version;
  private boolean past = true;

  @BeforeAll
  void newestVersion() {
    List<Map<String, Object>> versions =
        http.toBlocking()
            .retrieve(
                HttpRequest.GET("/api/versions"),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
    version =
        versions.stream()
            .filter(v -> v.get("number") != null)
            .mapToLong(v -> ((Number) v.get("number")).longValue())
            .max()
            .orElseThrow();
  }

  @Override
  UriBuilder search(String q) {
    return past ? super.search(q).queryParam("version", version) : super.search(q);
  }

  @Test
  void theCurrentAndThePastSearchAgreeOnTheFirstHits() {
    for (String q : List.of("skola", "förskola placera", "barn", "3.5.4", "Anna")) {
      List<String> then = names(q);
      past = false;
      List<String> now = names(q);
      past = true;
      assertThat(then).as(q).isNotEmpty();
      assertThat(then.get(0)).as(q).isEqualTo(now.get(0));
      assertThat(then).as(q).containsExactlyInAnyOrderElementsOf(now);
    }
  }
}
