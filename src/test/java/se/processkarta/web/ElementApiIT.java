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

  private List<Map<String, Object>> list(String uri) {
    return http.toBlocking()
        .retrieve(
            HttpRequest.GET(uri), Argument.listOf(Argument.mapOf(String.class, Object.class)));
  }

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

  private HttpClientResponseException failing(String uri, String language) {
    return assertThrows(
        HttpClientResponseException.class,
        () ->
            http.toBlocking()
                .retrieve(HttpRequest.GET(uri).header("Accept-Language", language), String.class));
  }

  @Test
  void badInputAnswersProblemsInSwedishOrEnglishWithoutStackTraces() {
    for (String uri :
        List.of(
            "/api/elements/3..5",
            "/api/elements/3.5.",
            "/api/tree?depth=0",
            "/api/tree?depth=abc",
            "/api/tree?root=x",
            "/api/search?q=",
            "/api/search?q=skola&size=1000",
            "/api/search?q=skola&page=0")) {
      HttpClientResponseException e = failing(uri, "sv");
      assertThat(e.getStatus().getCode()).as(uri).isEqualTo(400);
      String body = e.getResponse().getBody(String.class).orElseThrow();
      assertThat(body).as(uri).contains("\"status\":400").doesNotContain("Exception", "\tat ");
    }
    HttpClientResponseException unknown = failing("/api/elements/9.9", "en");
    assertThat(unknown.getStatus().getCode()).isEqualTo(404);
    assertThat(unknown.getResponse().getBody(String.class).orElseThrow())
        .contains("There is no element with the code 9.9.");
    HttpClientResponseException sv = failing("/api/elements/9.9", "sv-SE");
    assertThat(sv.getResponse().getBody(String.class).orElseThrow())
        .contains("Det finns inget element med koden 9.9.");
    HttpClientResponseException route = failing("/api/finns-inte", "sv");
    assertThat(route.getStatus().getCode()).isEqualTo(404);
    assertThat(route.getResponse().getContentType().orElseThrow().getName())
        .isEqualTo("application/problem+json");
  }

  @Test
  void childrenComeInNumericCodeOrder() {
    List<Map<String, Object>> children = list("/api/elements/3.5.4/children");
    assertThat(codes(children))
        .startsWith("3.5.4.0", "3.5.4.1", "3.5.4.2")
        .containsSubsequence("3.5.4.9", "3.5.4.10", "3.5.4.11");
  }

  @Test
  @SuppressWarnings("unchecked")
  void theTreeIsNestedToTheAskedDepthAndTheForestStartsAtLevel1() {
    List<Map<String, Object>> tree = list("/api/tree?root=3.5&depth=2");
    assertThat(codes(tree)).containsExactly("3.5");
    List<Map<String, Object>> groups = (List<Map<String, Object>>) tree.get(0).get("children");
    assertThat(codes(groups)).endsWith("3.5.9", "3.5.10", "3.5.11", "3.5.12");
    assertThat(groups).allSatisfy(g -> assertThat((List<?>) g.get("children")).isEmpty());
    List<Map<String, Object>> forest = list("/api/tree?depth=1");
    assertThat(codes(forest)).startsWith("1", "2", "3");
  }

  @Test
  @SuppressWarnings("unchecked")
  void aBranchCutOffAtTheDepthLimitSaysHowManyChildrenItHasAndALeafSaysNone() {
    Map<String, Object> root = list("/api/tree?root=3.5&depth=2").get(0);
    assertThat(root.get("childCount"))
        .isEqualTo(((List<?>) root.get("children")).size())
        .isEqualTo(13);
    Map<String, Object> forskola =
        ((List<Map<String, Object>>) root.get("children"))
            .stream().filter(g -> g.get("code").equals("3.5.2")).findFirst().orElseThrow();
    assertThat((List<?>) forskola.get("children")).isEmpty();
    // The same group read one level deeper: its count is the number of children then shown.
    Map<String, Object> deeper = list("/api/tree?root=3.5.2&depth=2").get(0);
    assertThat(forskola.get("childCount"))
        .isEqualTo(((List<?>) deeper.get("children")).size())
        .isNotEqualTo(0);
    // A leaf of the model (level 5 has nothing below it) has no children to show or count.
    List<Map<String, Object>> leaves =
        (List<Map<String, Object>>) list("/api/tree?root=3.5.2.1&depth=2").get(0).get("children");
    assertThat(leaves).isNotEmpty().allSatisfy(a -> assertThat(a.get("childCount")).isEqualTo(0));
  }

  @Test
  @SuppressWarnings("unchecked")
  void searchIsSwedishAwareCaseInsensitiveAndPaged() {
    Map<String, Object> grund = get("/api/search?q=GRUNDSKOLA");
    assertThat(codes(grund.get("items"))).contains("3.5.4");
    Map<String, Object> forskol = get("/api/search?q=f%C3%B6rskol");
    List<Map<String, Object>> items = (List<Map<String, Object>>) forskol.get("items");
    assertThat(items.stream().map(i -> (String) i.get("name")))
        .contains("Förskola", "Förskoleklass");
    Map<String, Object> page1 = get("/api/search?q=f%C3%B6rskol&size=2&page=1");
    Map<String, Object> page2 = get("/api/search?q=f%C3%B6rskol&size=2&page=2");
    assertThat((List<?>) page1.get("items")).hasSize(2);
    assertThat(codes(page2.get("items"))).doesNotContainAnyElementsOf(codes(page1.get("items")));
    assertThat(page1.get("total")).isEqualTo(forskol.get("total"));
  }

  @Test
  void theFiveLevelsHealthAndOpenApiAreServed() {
    List<Map<String, Object>> levels = list("/api/levels");
    assertThat(levels).hasSize(5);
    // Anonymous callers learn only up or down (issue 20: the JDBC URL and disk sizes were open).
    assertThat(http.toBlocking().retrieve("/health"))
        .contains("\"status\":\"UP\"")
        .contains("\"details\":null")
        .doesNotContain("jdbc")
        .doesNotContain("neo4j")
        .doesNotContain("diskSpace");
    assertThat(
            http.toBlocking()
                .retrieve(
                    io.micronaut.http.HttpRequest.GET("/health")
                        .basicAuth("admin", "test-admin-password")))
        .contains("\"status\":\"UP\"")
        .contains("\"neo4j\":{\"name\":\"processkarta\",\"status\":\"UP\"");
    // The other management endpoints are off, for everyone (they answered 500 to any user).
    for (String path : List.of("/beans", "/routes", "/threaddump", "/info", "/flyway", "/env")) {
      for (boolean admin : List.of(false, true)) {
        var request = io.micronaut.http.HttpRequest.GET(path);
        if (admin) {
          request.basicAuth("admin", "test-admin-password");
        }
        var e =
            org.junit.jupiter.api.Assertions.assertThrows(
                io.micronaut.http.client.exceptions.HttpClientResponseException.class,
                () -> http.toBlocking().exchange(request));
        assertThat(e.getStatus().getCode()).as(path).isEqualTo(404);
      }
    }
    assertThat(http.toBlocking().retrieve("/swagger/processkarta-0.1.yml")).contains("/api/tree");
    assertThat(http.toBlocking().retrieve("/swagger-ui/index.html"))
        .containsIgnoringCase("swagger");
  }

  @Test
  @SuppressWarnings("unchecked")
  void theRoleSummaryShowsTheOwnerActingAsLeadAndNoInheritedOwner() {
    Map<String, Object> roles = (Map<String, Object>) get("/api/elements/2.1.1.1").get("roles");
    assertThat(roles).containsEntry("ownerActsAsLead", true).containsEntry("lead", null);
    assertThat((Map<String, Object>) roles.get("effectiveLead"))
        .containsEntry("id", "henrik-soderlund");
    Map<String, Object> gap = (Map<String, Object>) get("/api/elements/3.3.8.3").get("roles");
    assertThat(gap).containsEntry("owner", null);
  }

  @Inject se.processkarta.changes.apply.ModelWriter writer;

  @Test
  @SuppressWarnings("unchecked")
  void theTreeAnswerShowsAWriteAtOnce() {
    String uri = "/api/tree?root=3.3.8&depth=2";
    assertThat(codes(list(uri).get(0).get("children"))).doesNotContain("3.3.8.69");
    writer.apply(
        java.util.UUID.randomUUID().toString(),
        java.util.List.of(
            new se.processkarta.changes.apply.ModelEdit.CreateElement(
                new se.processkarta.model.Element(
                    se.processkarta.model.Code.parse("3.3.8.69"),
                    "Ny i trädet",
                    null,
                    null,
                    null,
                    se.processkarta.model.ElementStatus.DRAFT),
                java.util.Optional.of(se.processkarta.model.Code.parse("3.3.8")))));
    assertThat(codes(list(uri).get(0).get("children"))).contains("3.3.8.69");
  }
}
