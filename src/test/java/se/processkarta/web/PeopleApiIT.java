package se.processkarta.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static se.processkarta.web.RolesApiIT.codes;
import static se.processkarta.web.RolesApiIT.list;
import static se.processkarta.web.RolesApiIT.map;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.processkarta.SharedGraph;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeopleApiIT implements SharedGraph {

  /**
   * A free port rather than the configured 8080: other worktrees on this machine run their tests at
   * the same time, and two servers on 8080 make one of the test classes fail to start.
   */
  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(SharedGraph.super.getProperties());
    p.put("micronaut.server.port", "-1");
    return p;
  }

  @Inject
  @Client("/")
  HttpClient http;

  private Map<String, Object> get(String uri) {
    return http.toBlocking()
        .retrieve(HttpRequest.GET(uri), Argument.mapOf(String.class, Object.class));
  }

  private List<Map<String, Object>> getList(String uri) {
    return http.toBlocking()
        .retrieve(
            HttpRequest.GET(uri), Argument.listOf(Argument.mapOf(String.class, Object.class)));
  }

  private static List<Map<String, Object>> responsibilities(
      Map<String, Object> person, String kind) {
    return list(person.get("responsibilities")).stream()
        .filter(r -> kind.equals(r.get("kind")))
        .toList();
  }

  @Test
  void peopleAreFoundByPartOfTheirNameWithTheirUnit() {
    List<Map<String, Object>> hits =
        getList("/api/people?q=" + URLEncoder.encode("O'Connor", StandardCharsets.UTF_8));
    assertThat(hits).extracting(p -> p.get("id")).containsExactly("liam-oconnor");
    assertThat(hits.get(0)).containsEntry("name", "Liam O'Connor");
    assertThat(map(hits.get(0).get("unit"))).containsKey("id");
    assertThat(getList("/api/people?q=" + URLEncoder.encode("lindé", StandardCharsets.UTF_8)))
        .extracting(p -> p.get("id"))
        .contains("tove-linde");
  }

  @Test
  void withoutAQueryEveryoneIsListedByName() {
    List<Map<String, Object>> all = getList("/api/people");
    assertThat(all).hasSizeGreaterThanOrEqualTo(90);
  }

  @Test
  void aDelegatedOwnerSeesTheirProcessWhoDelegatedItAndTheirChain() {
    Map<String, Object> magnus = get("/api/people/magnus-aberg?date=2026-11-22");
    Map<String, Object> skolval =
        responsibilities(magnus, "OWNER").stream()
            .filter(r -> "3.5.4.1".equals(r.get("code")))
            .findFirst()
            .orElseThrow();
    assertThat(map(skolval.get("delegatedBy"))).containsEntry("id", "anna-lind");
    assertThat(codes(skolval.get("reportsTo"))).containsExactly("3.5.4", "3.5");
    assertThat(list(skolval.get("reportsTo")))
        .extracting(l -> map(l.get("owner")).get("id"))
        .containsExactly("magnus-aberg", "anna-lind");
  }

  @Test
  void aLeadReportsToTheOwnerOfTheProcessFirst() {
    Map<String, Object> yasmin = get("/api/people/yasmin-ahmed?date=2026-11-22");
    Map<String, Object> lead =
        responsibilities(yasmin, "LEAD").stream()
            .filter(r -> "3.5.4.1".equals(r.get("code")))
            .findFirst()
            .orElseThrow();
    assertThat(list(lead.get("reportsTo")))
        .extracting(l -> map(l.get("owner")).get("id"))
        .containsExactly("magnus-aberg", "magnus-aberg", "anna-lind");
  }

  @Test
  void aHandedOverOwnershipIsAResponsibilityOnlyUntilItsLastDay() {
    assertThat(codes(responsibilities(get("/api/people/marie-eklund?date=2024-12-31"), "OWNER")))
        .contains("3.7.5.1");
    assertThat(codes(responsibilities(get("/api/people/marie-eklund?date=2025-01-01"), "OWNER")))
        .doesNotContain("3.7.5.1");
  }

  @Test
  void aTeamMembershipShowsItsCompetence() {
    Map<String, Object> maja = get("/api/people/maja-svensson?date=2026-11-22");
    assertThat(responsibilities(maja, "TEAM_MEMBER"))
        .filteredOn(r -> "3.1.5.1".equals(r.get("code")))
        .singleElement()
        .satisfies(r -> assertThat(r).containsEntry("competence", "Kart och GIS"));
    assertThat(
            codes(
                responsibilities(get("/api/people/maja-svensson?date=2026-01-31"), "TEAM_MEMBER")))
        .doesNotContain("3.1.5.1");
  }

  @Test
  void anOverAllocatedPersonSeesTheTotalAndTheirTwoPools() {
    Map<String, Object> ali = get("/api/people/ali-hassan?date=2026-11-22");
    assertThat(ali).containsEntry("allocatedPercent", 110).containsEntry("overAllocated", true);
    assertThat(list(ali.get("inPools")))
        .extracting(p -> p.get("id"))
        .containsExactlyInAnyOrder("pool-ekonomi", "pool-digitalisering");
    Map<String, Object> kent = get("/api/people/kent-astrom?date=2026-11-22");
    assertThat(kent).containsEntry("allocatedPercent", 100).containsEntry("overAllocated", false);
  }

  @Test
  void anUnknownPersonIsA404InSwedish() {
    HttpClientResponseException e =
        assertThrows(
            HttpClientResponseException.class,
            () ->
                http.toBlocking()
                    .retrieve(HttpRequest.GET("/api/people/ingen-alls"), String.class));
    assertThat(e.getStatus().getCode()).isEqualTo(404);
    assertThat(e.getResponse().getBody(String.class).orElseThrow())
        .contains("Det finns ingen person med id ingen-alls");
  }

  @Test
  void theResourcePoolsAreListedWithTheirOwners() {
    List<Map<String, Object>> pools = getList("/api/resource-pools");
    // Other test classes may add pools of their own to the shared graph; the seed has seven.
    assertThat(pools).filteredOn(p -> ((String) p.get("id")).startsWith("pool-")).hasSize(7);
    assertThat(pools)
        .filteredOn(p -> "pool-ekonomi".equals(p.get("id")))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(map(p.get("owner"))).containsEntry("id", "johan-bergstrom");
              assertThat(p).containsEntry("members", 4);
            });
  }

  @Test
  void aPoolShowsTheAllocationsOfTheDayItIsAskedAbout() {
    Map<String, Object> now = get("/api/resource-pools/pool-ekonomi?date=2026-11-22");
    assertThat(map(now.get("owner"))).containsEntry("id", "johan-bergstrom");
    assertThat(list(now.get("members"))).extracting(m -> m.get("id")).contains("ali-hassan");
    assertThat(list(now.get("allocations")))
        .extracting(a -> map(a.get("person")).get("id") + " " + a.get("code"))
        .contains("ali-hassan 1.2.4.1")
        .doesNotContain("ali-hassan 1.2.4.2");
    assertThat(list(get("/api/resource-pools/pool-ekonomi?date=2024-12-31").get("allocations")))
        .extracting(a -> map(a.get("person")).get("id") + " " + a.get("code"))
        .contains("ali-hassan 1.2.4.2");
  }

  @Test
  void anUnknownPoolIsA404() {
    HttpClientResponseException e =
        assertThrows(
            HttpClientResponseException.class,
            () ->
                http.toBlocking()
                    .retrieve(HttpRequest.GET("/api/resource-pools/pool-ingen"), String.class));
    assertThat(e.getStatus().getCode()).isEqualTo(404);
  }

  @Test
  void theOrganisationIsListedWithParentsAndHeadcounts() {
    List<Map<String, Object>> units = getList("/api/org-units");
    assertThat(units).hasSize(42);
    assertThat(units)
        .filteredOn(u -> "klf-ekonomi".equals(u.get("id")))
        .singleElement()
        .satisfies(
            u -> assertThat(u).containsEntry("parentId", "klf").containsEntry("kind", "AVDELNING"));
    assertThat(units)
        .filteredOn(u -> "klf".equals(u.get("id")))
        .singleElement()
        .satisfies(u -> assertThat(u.get("parentId")).isNull());
    assertThat(units.stream().mapToInt(u -> (Integer) u.get("people")).sum()).isEqualTo(90);
  }
}
