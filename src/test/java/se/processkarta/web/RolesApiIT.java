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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.processkarta.SharedGraph;

/** The seed's awkward cases, as the roles API shows them. "Today" in the seed is 2026-11-22. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RolesApiIT implements SharedGraph {

  @Inject
  @Client("/")
  HttpClient http;

  private Map<String, Object> get(String uri) {
    return http.toBlocking()
        .retrieve(HttpRequest.GET(uri), Argument.mapOf(String.class, Object.class));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object o) {
    return (Map<String, Object>) o;
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> list(Object o) {
    return (List<Map<String, Object>>) o;
  }

  static String personId(Object holder) {
    return (String) map(map(holder).get("person")).get("id");
  }

  static List<String> ids(Object people, String field) {
    return list(people).stream()
        .map(p -> field == null ? (String) p.get("id") : personId(p))
        .toList();
  }

  static List<String> codes(Object items) {
    return list(items).stream().map(i -> (String) i.get("code")).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2.1.1.1", "3.3.7.1", "3.8.2.1"})
  void anOwnerWithoutALeadIsShownAsTheProcessledareNotAsAGap(String code) {
    Map<String, Object> r = get("/api/elements/" + code + "/roles?date=2026-11-22");
    assertThat(r.get("lead")).isNull();
    assertThat(r).containsEntry("ownerActsAsLead", true).containsEntry("gap", false);
    Map<String, Object> effective = map(r.get("effectiveLead"));
    assertThat(effective)
        .containsEntry("basis", "OWNER")
        .containsEntry("note", "Ägaren är själv processledare");
    assertThat(personId(effective)).isEqualTo(personId(r.get("owner")));
    assertThat(map(r.get("owner"))).containsEntry("inherited", false);
  }

  @Test
  void theOwnersActingAsLeadAreListedWithTheGapsAsInformation() {
    Map<String, Object> gaps = get("/api/roles/gaps?date=2026-11-22");
    assertThat(codes(gaps.get("ownerActsAsLead"))).contains("2.1.1.1", "3.3.7.1", "3.8.2.1");
    assertThat(codes(gaps.get("missingOwner"))).doesNotContain("2.1.1.1", "3.3.7.1", "3.8.2.1");
  }

  @Test
  void anAppointedLeadIsTheEffectiveLead() {
    Map<String, Object> r = get("/api/elements/3.5.4.1/roles?date=2026-11-22");
    assertThat(map(r.get("effectiveLead"))).containsEntry("basis", "APPOINTED");
    assertThat(personId(r.get("effectiveLead"))).isEqualTo(personId(r.get("lead")));
    assertThat(r).containsEntry("ownerActsAsLead", false);
  }

  @Test
  void theTeamOnBygglovIsTheOldOneOnItsLastDay() {
    Map<String, Object> r = get("/api/elements/3.1.5.1/roles?date=2025-06-30");
    assertThat(ids(r.get("team"), "person"))
        .containsExactlyInAnyOrder("viktor-hedberg", "asa-blom");
  }

  @Test
  void theTeamOnBygglovChangedTheDayAfter() {
    Map<String, Object> r = get("/api/elements/3.1.5.1/roles?date=2025-07-01");
    assertThat(ids(r.get("team"), "person")).containsExactlyInAnyOrder("sanna-makinen", "asa-blom");
    assertThat(list(r.get("team")))
        .filteredOn(m -> "sanna-makinen".equals(personId(m)))
        .singleElement()
        .satisfies(
            m ->
                assertThat(m)
                    .containsEntry("competence", "Bygglovshandläggning")
                    .containsEntry("from", "2025-07-01"));
  }

  @Test
  void theTeamOnBygglovTodayIncludesTheLaterJoiner() {
    Map<String, Object> r = get("/api/elements/3.1.5.1/roles");
    assertThat(ids(r.get("team"), "person"))
        .containsExactlyInAnyOrder("sanna-makinen", "asa-blom", "maja-svensson");
  }

  @Test
  void handedOverOwnershipShowsTheOldOwnerUntilTheLastDayAndTheNewOneAfter() {
    assertThat(personId(get("/api/elements/3.7.5.1/roles?date=2024-12-31").get("owner")))
        .isEqualTo("marie-eklund");
    assertThat(personId(get("/api/elements/3.7.5.1/roles?date=2025-01-01").get("owner")))
        .isEqualTo("ulf-magnusson");
    assertThat(personId(get("/api/elements/3.7.5.1/roles").get("owner")))
        .isEqualTo("ulf-magnusson");
  }

  @Test
  void delegatedOwnershipSaysWhoDelegatedItAndWhen() {
    Map<String, Object> owner = map(get("/api/elements/3.5.4.1/roles").get("owner"));
    assertThat(personId(owner)).isEqualTo("magnus-aberg");
    assertThat(map(owner.get("delegatedBy"))).containsEntry("id", "anna-lind");
    assertThat(owner)
        .containsEntry("delegatedAt", "2024-06-15")
        .containsEntry("from", "2024-08-01");
  }

  @Test
  void theReportingChainRunsToTheOwnersAboveNearestFirst() {
    Map<String, Object> r = get("/api/elements/3.5.4.1/roles");
    assertThat(codes(r.get("reportingChain"))).containsExactly("3.5.4", "3.5");
    assertThat(list(r.get("reportingChain")))
        .extracting(l -> (String) map(l.get("owner")).get("id"))
        .containsExactly("magnus-aberg", "anna-lind");
  }

  @Test
  void aProcessWithoutAnOwnerShowsTheInheritedOwnerMarkedAsInheritedAndIsAGap() {
    Map<String, Object> r = get("/api/elements/3.3.8.3/roles?date=2026-11-22");
    assertThat(r).containsEntry("gap", true).containsEntry("ownerActsAsLead", false);
    Map<String, Object> owner = map(r.get("owner"));
    assertThat(owner).containsEntry("inherited", true).containsEntry("elementCode", "3.3.8");
    assertThat(map(r.get("effectiveLead"))).containsEntry("basis", "APPOINTED");
  }

  @Test
  void anActivityShowsTheOwnerOfItsProcessAsInherited() {
    Map<String, Object> r = get("/api/elements/3.5.4.1.1/roles");
    assertThat(personId(r.get("owner"))).isEqualTo("magnus-aberg");
    assertThat(map(r.get("owner")))
        .containsEntry("inherited", true)
        .containsEntry("elementCode", "3.5.4.1");
    assertThat(r).containsEntry("gap", false);
  }

  @Test
  void bygglovShowsItsPoolsAndTheAllocationsOfTheDay() {
    Map<String, Object> r = get("/api/elements/3.1.5.1/roles?date=2025-06-30");
    assertThat(list(r.get("allocations")))
        .anySatisfy(
            a -> {
              assertThat(personId(a)).isEqualTo("viktor-hedberg");
              assertThat(a).containsEntry("percent", 80);
            });
    assertThat(list(r.get("pools"))).extracting(p -> p.get("id")).contains("pool-bygglov");
    assertThat(list(get("/api/elements/3.1.5.1/roles?date=2025-07-01").get("allocations")))
        .extracting(RolesApiIT::personId)
        .doesNotContain("viktor-hedberg");
  }

  @Test
  void theSteeringGroupsOfTheAreaAreShown() {
    assertThat(list(get("/api/elements/3.5.4.1/roles").get("steeringGroups")))
        .extracting(g -> g.get("id"))
        .contains("lg-utbildning");
    // sg-e-bygglov supports both 3.1.5 and 3.1.5.1: named once, for the nearest.
    assertThat(list(get("/api/elements/3.1.5.1/roles").get("steeringGroups")))
        .filteredOn(g -> g.get("id").equals("sg-e-bygglov"))
        .singleElement()
        .satisfies(g -> assertThat(g).containsEntry("supports", "3.1.5.1"));
  }

  @Test
  void felanmalanGataIsAGapUnderInfrastruktur() {
    Map<String, Object> gaps = get("/api/roles/gaps?root=3.3&date=2026-11-22");
    assertThat(gaps).containsEntry("root", "3.3").containsEntry("date", "2026-11-22");
    assertThat(codes(gaps.get("missingOwner"))).containsExactly("3.3.8.3");
  }

  @Test
  void lasframjandeIsNotAGapOnTheOwnersLastDay() {
    assertThat(codes(get("/api/roles/gaps?root=3.6&date=2026-03-31").get("missingOwner")))
        .isEmpty();
    assertThat(get("/api/elements/3.6.2.2/roles?date=2026-03-31")).containsEntry("gap", false);
  }

  @Test
  void lasframjandeBecomesAGapTheDayAfterItsOwnerLeft() {
    assertThat(codes(get("/api/roles/gaps?root=3.6&date=2026-04-01").get("missingOwner")))
        .containsExactly("3.6.2.2");
    assertThat(get("/api/elements/3.6.2.2/roles?date=2026-04-01")).containsEntry("gap", true);
  }

  @Test
  void todayTheSeedHasExactlyItsTwoGapsAndDraftsAreNotGaps() {
    List<String> missing = codes(get("/api/roles/gaps").get("missingOwner"));
    assertThat(missing).contains("3.3.8.3", "3.6.2.2").doesNotContain("1.4.2.2", "3.6.5.1");
  }

  @Test
  void aliHassanIsOverAllocatedWithBothResourceOwnersToInvolve() {
    Map<String, Object> c = get("/api/roles/conflicts?date=2026-11-22");
    List<Map<String, Object>> over = list(c.get("overAllocations"));
    assertThat(over)
        .extracting(o -> (String) map(o.get("person")).get("id"))
        // sanna-makinen: 80 % in processes and 30 % in the seed's decided bygglov project.
        .containsExactly("ali-hassan", "sanna-makinen");
    assertThat(list(over.get(1).get("assignments")))
        .extracting(a -> a.get("title"))
        .containsExactly("Projekt e-tjänst för bygglov");
    Map<String, Object> ali = over.get(0);
    assertThat(ali).containsEntry("totalPercent", 110);
    assertThat(ids(ali.get("resourceOwners"), null))
        .containsExactlyInAnyOrder("johan-bergstrom", "jonas-ekstrom");
    assertThat(list(ali.get("allocations")))
        .extracting(
            a -> a.get("code") + " " + a.get("percent") + " " + map(a.get("pool")).get("id"))
        .containsExactly("1.2.4.1 60 pool-ekonomi", "2.4.1.1 50 pool-digitalisering");
    assertThat(ids(ali.get("processOwners"), null)).isNotEmpty();
  }

  @Test
  void aliHassanIsNotOverAllocatedTheDayBeforeTheSecondAllocationStarts() {
    List<Map<String, Object>> over =
        list(get("/api/roles/conflicts?date=2025-08-31").get("overAllocations"));
    assertThat(over).extracting(o -> map(o.get("person")).get("id")).doesNotContain("ali-hassan");
    List<Map<String, Object>> onStart =
        list(get("/api/roles/conflicts?date=2025-09-01").get("overAllocations"));
    assertThat(onStart).extracting(o -> map(o.get("person")).get("id")).contains("ali-hassan");
  }

  @Test
  void anImpossibleDateIsA400ProblemInSwedish() {
    for (String uri :
        List.of(
            "/api/elements/3.5.4.1/roles?date=2026-13-01",
            "/api/roles/gaps?date=2026-13-01",
            "/api/roles/conflicts?date=2026-02-30")) {
      HttpClientResponseException e =
          assertThrows(
              HttpClientResponseException.class,
              () -> http.toBlocking().retrieve(HttpRequest.GET(uri), String.class));
      assertThat(e.getStatus().getCode()).as(uri).isEqualTo(400);
      assertThat(e.getResponse().getContentType().orElseThrow().getName())
          .isEqualTo("application/problem+json");
      assertThat(e.getResponse().getBody(String.class).orElseThrow()).contains("Ogiltigt datum");
    }
  }

  @Test
  void anImpossibleDateIsExplainedInEnglishWhenAskedFor() {
    HttpClientResponseException e =
        assertThrows(
            HttpClientResponseException.class,
            () ->
                http.toBlocking()
                    .retrieve(
                        HttpRequest.GET("/api/roles/conflicts?date=2026-13-01")
                            .header("Accept-Language", "en"),
                        String.class));
    assertThat(e.getResponse().getBody(String.class).orElseThrow()).contains("Invalid date");
  }

  @Test
  void anUnknownElementOrRootIsA404() {
    for (String uri : List.of("/api/elements/9.9.9.9/roles", "/api/roles/gaps?root=9.9")) {
      HttpClientResponseException e =
          assertThrows(
              HttpClientResponseException.class,
              () -> http.toBlocking().retrieve(HttpRequest.GET(uri), String.class));
      assertThat(e.getStatus().getCode()).as(uri).isEqualTo(404);
      assertThat(e.getResponse().getBody(String.class).orElseThrow()).contains("9.9");
    }
  }
}
