package se.processkarta.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import se.processkarta.SharedGraph;
import se.processkarta.graph.analysis.CompoundAnalyzerProvider;

/** Search on the seed, through HTTP, as a new user tries it (issue 13). */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchIT implements SharedGraph {

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Driver driver;

  /** The search asked: the current one here; {@link PastSearchIT} asks for a version. */
  UriBuilder search(String q) {
    return UriBuilder.of("/api/search").queryParam("q", q).queryParam("size", 100);
  }

  @SuppressWarnings("unchecked")
  List<Map<String, Object>> hits(String q) {
    Map<String, Object> page =
        http.toBlocking()
            .retrieve(
                HttpRequest.GET(search(q).build()), Argument.mapOf(String.class, Object.class));
    return (List<Map<String, Object>>) page.get("items");
  }

  Map<String, Object> page(String q) {
    return http.toBlocking()
        .retrieve(HttpRequest.GET(search(q).build()), Argument.mapOf(String.class, Object.class));
  }

  List<String> names(String q) {
    return hits(q).stream().map(h -> (String) h.get("name")).toList();
  }

  @Test
  void theIndexUsesTheCompoundAnalyzer() {
    try (var session = driver.session()) {
      String analyzer =
          session
              .run(
                  "SHOW FULLTEXT INDEXES YIELD name, options WHERE name = 'element_search'"
                      + " RETURN options.indexConfig['fulltext.analyzer'] AS analyzer")
              .single()
              .get("analyzer")
              .asString();
      assertThat(analyzer).isEqualTo(CompoundAnalyzerProvider.NAME);
    }
  }

  @Test
  void skolaFindsEverySchoolCompound() {
    assertThat(names("skola")).contains("Grundskola", "Gymnasieskola", "Förskola");
    assertThat(names("SKOLA")).isEqualTo(names("skola"));
  }

  @Test
  void allWordsMustMatchInAnyOrder() {
    assertThat(names("förskola placera")).contains("Placera barn i förskola");
    assertThat(names("placera förskola")).isEqualTo(names("förskola placera"));
    assertThat(names("förskola placera"))
        .allSatisfy(n -> assertThat(n.toLowerCase()).contains("placer"));
  }

  @Test
  void anExactNameRanksFirstThenWholeWordsThenPartsOfWords() {
    assertThat(names("förskola").get(0)).isEqualTo("Förskola");
    assertThat(names("grundskola").get(0)).isEqualTo("Grundskola");
    List<String> barn = names("barn");
    int lastWhole = -1;
    int firstPart = Integer.MAX_VALUE;
    for (int i = 0; i < barn.size(); i++) {
      boolean whole = List.of(barn.get(i).toLowerCase().split("[^\\p{L}]+")).contains("barn");
      if (whole) {
        lastWhole = i;
      } else if (barn.get(i).toLowerCase().contains("barn")) {
        firstPart = Math.min(firstPart, i);
      }
    }
    assertThat(lastWhole).isGreaterThanOrEqualTo(0);
    assertThat(lastWhole).isLessThan(firstPart);
  }

  @Test
  void aWordIsNotTakenForALongerOneThatStartsWithIt() {
    // The Swedish stemmer made "annan" into "anna"; now it is only a prefix hit.
    List<Map<String, Object>> anna = hits("Anna");
    assertThat(anna).isNotEmpty();
    assertThat(hits("annan").get(0).get("name")).isEqualTo(anna.get(0).get("name"));
  }

  @Test
  void aCodeIsFoundExactlyFirst() {
    assertThat(hits("3.5.4").get(0)).containsEntry("code", "3.5.4");
  }

  @Test
  void swedishLettersAndLuceneSyntaxAreLiteral() {
    assertThat(names("FÖRSKOLA")).contains("Förskola");
    assertThat(names("förskola*")).isEqualTo(names("förskola"));
    assertThat(names("\"skola")).isEqualTo(names("skola"));
    assertThat(hits("skola~2^99")).isNotNull();
    assertThat(names("name:skola OR *:*")).isEmpty();
    assertThat(names("<script>alert(1)</script>")).isEmpty();
  }

  @Test
  void aWordTypedWithoutItsAccentsFindsTheSameAndSuggestsTheWordWithThem() {
    // A keyboard without å, ä and ö: the same hits, and "Menade du" the words as the model has
    // them.
    assertThat(names("forskola")).isEqualTo(names("förskola"));
    assertThat(names("forskola placera")).contains("Placera barn i förskola");
    assertThat(names("Tandvard")).isEqualTo(names("tandvård"));
    assertThat(page("forskola placera")).containsEntry("suggestion", "förskola placera");
    // Words the model holds as typed need no suggestion.
    assertThat(page("förskola placera").get("suggestion")).isNull();
  }

  @Test
  void aMisspeltWordThatFindsNothingSuggestsTheNearestWordOfTheModel() {
    Map<String, Object> swapped = page("förksola");
    assertThat(swapped.get("total")).isEqualTo(0);
    assertThat(swapped).containsEntry("suggestion", "förskola");
    assertThat(page("xyzzyq").get("suggestion")).isNull();
  }

  @Test
  @SuppressWarnings("unchecked")
  void eachHitNamesItsAreaAndWhoOwnsIt() {
    Map<String, Object> hit =
        hits("Placera barn i förskola").stream()
            .filter(h -> "3.5.2.1".equals(h.get("code")))
            .findFirst()
            .orElseThrow();
    assertThat((Map<String, Object>) hit.get("area"))
        .containsEntry("code", "3.5")
        .containsEntry("name", "Utbildning");
    assertThat((Map<String, Object>) hit.get("owner")).containsEntry("id", "camilla-nordin");
    // An aktivitet below is owned by its process's owner, and lies in the same area.
    Map<String, Object> activity =
        hits("3.5.2.1").stream()
            .filter(h -> ((String) h.get("code")).startsWith("3.5.2.1."))
            .findFirst()
            .orElseThrow();
    assertThat((Map<String, Object>) activity.get("area")).containsEntry("code", "3.5");
    assertThat((Map<String, Object>) activity.get("owner")).containsEntry("id", "camilla-nordin");
  }
}
