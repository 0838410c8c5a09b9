package se.processkarta.assignments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.processkarta.changes.AuditLog;
import se.processkarta.changes.Users;
import se.processkarta.model.ConflictException;

/**
 * The assignment workflow over HTTP on whichever relational database the subclass gives: create,
 * the rules answered 422 in Swedish, submit, the approval matrix, re-approval after a change,
 * history, asOf, audit lines, the seed and the workload report.
 */
abstract class AssignmentFlowContract {

  static final String PASSWORD = "a-long-test-password";
  static final String HOSTILE = "Uppdrag <script>alert(1)</script> & \"citat\" 'enkla' åäö";

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Users users;
  @Inject AuditLog audit;

  final String suffix = UUID.randomUUID().toString().substring(0, 8);
  String editor;
  String reader;

  @BeforeAll
  void users() {
    editor = user("asg-editor-" + suffix, "MODEL_EDITOR");
    reader = user("asg-reader-" + suffix, "READER");
    // Managers log in with their person id from the graph.
    for (String person :
        List.of("erik-johansson", "eva-lindqvist", "annika-strom", "jonas-ekstrom", "anna-lind")) {
      user(person, "READER");
    }
  }

  String user(String name, String permission) {
    try {
      users.create(name, PASSWORD, null, List.of(permission));
    } catch (ConflictException e) {
      // The in-memory H2 is shared by the test JVM: another class made them already.
    }
    return name;
  }

  Map<String, Object> call(String user, MutableHttpRequest<?> r) {
    return http.toBlocking()
        .retrieve(r.basicAuth(user, PASSWORD), Argument.mapOf(String.class, Object.class));
  }

  HttpClientResponseException fails(String user, MutableHttpRequest<?> r) {
    if (user != null) {
      r.basicAuth(user, PASSWORD);
    }
    return assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(r));
  }

  static Map<String, Object> brief(String title) {
    Map<String, Object> b = new HashMap<>();
    b.put("title", title);
    b.put("kind", "COORDINATION");
    b.put("form", "WORKING_GROUP");
    b.put("purpose", "Samordna e-arkivet");
    b.put("expectedResult", "Ett e-arkiv i drift");
    b.put("schedule", "Februari\u2013juni");
    b.put("processCode", "2.1.5.1");
    b.put("start", "2026-02-02");
    b.put("end", "2026-06-30");
    b.put("responsibleId", "maja-svensson");
    b.put("managerId", "erik-johansson");
    b.put(
        "participants",
        List.of(
            Map.of(
                "personId",
                "maja-svensson",
                "managerId",
                "erik-johansson",
                "group",
                "Arbetsgrupp",
                "percent",
                20),
            Map.of(
                "personId",
                "jonas-ekstrom",
                "managerId",
                "eva-lindqvist",
                "group",
                "Arbetsgrupp",
                "percent",
                10)));
    return b;
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> list(Object o) {
    return (List<Map<String, Object>>) o;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object o) {
    return (Map<String, Object>) o;
  }

  long create(Map<String, Object> brief) {
    Map<String, Object> a = call(editor, HttpRequest.POST("/api/assignments", brief));
    return ((Number) a.get("id")).longValue();
  }

  @Test
  void anEditorCreatesADraftWithNamesFromTheGraphAndHostileTextKeptIntact() {
    var res =
        http.toBlocking()
            .exchange(
                HttpRequest.POST("/api/assignments", brief(HOSTILE + suffix))
                    .basicAuth(editor, PASSWORD),
                Argument.mapOf(String.class, Object.class));
    assertThat(res.getStatus().getCode()).isEqualTo(201);
    Map<String, Object> a = res.body();
    assertThat(a.get("state")).isEqualTo("DRAFT");
    assertThat(a.get("title")).isEqualTo(HOSTILE + suffix);
    Map<String, Object> brief = map(a.get("brief"));
    assertThat(list(brief.get("participants")).get(0))
        .containsEntry("name", "Maja Svensson")
        .containsEntry("unitId", "sbf-plan");
    assertThat(a.get("missingFields")).isEqualTo(List.of());
  }

  @Test
  void aRefusedKindAndFormPairIs422NamingTheRuleInSwedish() {
    Map<String, Object> b = brief("Fel form " + suffix);
    b.put("kind", "NETWORK");
    var e = fails(editor, HttpRequest.POST("/api/assignments", b));
    assertThat(e.getStatus().getCode()).isEqualTo(422);
    String body = e.getResponse().getBody(String.class).orElse("");
    // The kind and form in words, not the enum's names.
    assertThat(body)
        .contains("Regeln om organisationsform")
        .contains("Internt nätverksuppdrag")
        .doesNotContain("NETWORK");
    assertThat(e.getResponse().getContentType().map(Object::toString))
        .hasValue("application/problem+json");
  }

  /**
   * A participant's approving manager comes from the organisation (issue 20: the author chose it):
   * left out, it is filled in; another is 422 naming the organisation's; a participant whose
   * organisation names no manager is 422.
   */
  @Test
  @SuppressWarnings("unchecked")
  void theApprovingManagerComesFromTheOrganisation() {
    Map<String, Object> b = brief("Chef från organisationen " + suffix);
    b.put(
        "participants",
        List.of(
            Map.of("personId", "maja-svensson", "group", "Arbetsgrupp", "percent", 20),
            Map.of("personId", "jonas-ekstrom", "group", "Arbetsgrupp", "percent", 10)));
    Map<String, Object> a = call(editor, HttpRequest.POST("/api/assignments", b));
    List<Map<String, Object>> participants =
        (List<Map<String, Object>>) map(a.get("brief")).get("participants");
    assertThat(participants)
        .extracting(p -> p.get("managerId"))
        .containsExactly("erik-johansson", "eva-lindqvist");

    Map<String, Object> chosen = brief("Vald chef " + suffix);
    chosen.put(
        "participants",
        List.of(
            Map.of(
                "personId", "maja-svensson",
                "managerId", "annika-strom",
                "group", "Arbetsgrupp",
                "percent", 20)));
    var e = fails(editor, HttpRequest.POST("/api/assignments", chosen));
    assertThat(e.getStatus().getCode()).isEqualTo(422);
    assertThat(e.getResponse().getBody(String.class).orElse(""))
        .contains("erik-johansson")
        .contains("annika-strom")
        .contains("organisationen");

    Map<String, Object> none = brief("Ingen chef " + suffix);
    none.put(
        "participants",
        List.of(Map.of("personId", "anna-lind", "group", "Arbetsgrupp", "percent", 20)));
    var n = fails(editor, HttpRequest.POST("/api/assignments", none));
    assertThat(n.getStatus().getCode()).isEqualTo(422);
    assertThat(n.getResponse().getBody(String.class).orElse(""))
        .contains("anna-lind")
        .contains("ingen chef");
  }

  @Test
  void anUnknownPersonOrANonProcessIsRefused() {
    Map<String, Object> b = brief("Okänd " + suffix);
    b.put("managerId", "ingen-sadan-person");
    assertThat(fails(editor, HttpRequest.POST("/api/assignments", b)).getStatus().getCode())
        .isEqualTo(422);
    Map<String, Object> c = brief("Nivå " + suffix);
    c.put("processCode", "2.1");
    var e = fails(editor, HttpRequest.POST("/api/assignments", c));
    assertThat(e.getStatus().getCode()).isEqualTo(422);
    assertThat(e.getResponse().getBody(String.class).orElse(""))
        .contains("är ett verksamhetsområde");
  }

  @Test
  void onlyAnEditorOrTheManagerItNamesMayCreate() {
    assertThat(
            fails(reader, HttpRequest.POST("/api/assignments", brief("Läsare " + suffix)))
                .getStatus()
                .getCode())
        .isEqualTo(403);
    Map<String, Object> a =
        call("erik-johansson", HttpRequest.POST("/api/assignments", brief("Chef " + suffix)));
    assertThat(a.get("createdBy")).isEqualTo("erik-johansson");
    assertThat(
            fails(null, HttpRequest.POST("/api/assignments", brief("Anonym")))
                .getStatus()
                .getCode())
        .isEqualTo(401);
  }

  @Test
  void aLongBriefCannotBeSubmittedWithoutItsFields() {
    Map<String, Object> b = brief("Långt " + suffix);
    b.put("end", "2027-03-31");
    long id = create(b);
    var e = fails(editor, HttpRequest.POST("/api/assignments/" + id + "/submit", Map.of()));
    assertThat(e.getStatus().getCode()).isEqualTo(422);
    assertThat(e.getResponse().getBody(String.class).orElse(""))
        .contains("ett långt uppdrag")
        .contains("background, goals, budget, reporting");
    Map<String, Object> brief = call(editor, HttpRequest.GET("/api/assignments/" + id + "/brief"));
    assertThat(brief.get("longAssignment")).isEqualTo(true);
    assertThat(brief.get("missingFields"))
        .isEqualTo(List.of("background", "goals", "budget", "reporting"));
  }

  @Test
  void eachManagerApprovesForTheirOwnPeopleAndTheLastOneDecides() {
    long id = create(brief("Godkänn " + suffix));
    String base = "/api/assignments/" + id;
    assertThat(call(editor, HttpRequest.POST(base + "/submit", Map.of())).get("state"))
        .isEqualTo("SUBMITTED");
    // Not a manager of any participant, or the main responsible person: 403.
    assertThat(fails(reader, HttpRequest.POST(base + "/approvals", Map.of())).getStatus().getCode())
        .isEqualTo(403);
    assertThat(
            fails("annika-strom", HttpRequest.POST(base + "/approvals", Map.of()))
                .getStatus()
                .getCode())
        .isEqualTo(403);
    Map<String, Object> one =
        call("erik-johansson", HttpRequest.POST(base + "/approvals", Map.of("comment", "Ja")));
    assertThat(one.get("state")).isEqualTo("SUBMITTED");
    assertThat(one.get("pendingApprovals")).isEqualTo(List.of("eva-lindqvist"));
    assertThat(
            fails("erik-johansson", HttpRequest.POST(base + "/approvals", Map.of()))
                .getStatus()
                .getCode())
        .isEqualTo(409);
    Map<String, Object> two =
        call("eva-lindqvist", HttpRequest.POST(base + "/approvals", Map.of()));
    assertThat(two.get("state")).isEqualTo("DECIDED");
    assertThat(audit.ofSubject(AssignmentService.subject(id)))
        .extracting(e -> e.action())
        .containsExactly(
            "assignment.CREATE", "assignment.SUBMIT", "assignment.APPROVE", "assignment.DECIDE");
    assertThat(
            http
                .toBlocking()
                .retrieve(
                    HttpRequest.GET(base + "/history"),
                    Argument.listOf(Argument.mapOf(String.class, Object.class)))
                .stream()
                .map(r -> r.get("state"))
                .toList())
        .containsExactly("DRAFT", "SUBMITTED", "SUBMITTED", "DECIDED");

    // A later change of resources asks only the manager it concerns again.
    Map<String, Object> more = brief("Godkänn " + suffix);
    List<Map<String, Object>> ps = list(more.get("participants"));
    Map<String, Object> jonas = new HashMap<>(ps.get(1));
    jonas.put("percent", 25);
    Map<String, Object> changed =
        call(
            editor,
            HttpRequest.PUT(
                base + "/participants", Map.of("participants", List.of(ps.get(0), jonas))));
    assertThat(changed.get("state")).isEqualTo("SUBMITTED");
    assertThat(changed.get("pendingApprovals")).isEqualTo(List.of("eva-lindqvist"));
    assertThat(call("eva-lindqvist", HttpRequest.POST(base + "/approvals", Map.of())).get("state"))
        .isEqualTo("DECIDED");

    // Listed as decided, by person, process and year; not before it existed.
    assertThat(
            list(
                    http.toBlocking()
                        .retrieve(
                            HttpRequest.GET(
                                "/api/assignments?state=DECIDED&person=jonas-ekstrom"
                                    + "&process=2.1.5.1&year=2026&kind=COORDINATION"),
                            Argument.listOf(Argument.mapOf(String.class, Object.class))))
                .stream()
                .map(m -> ((Number) m.get("id")).longValue())
                .toList())
        .contains(id);
    assertThat(fails(null, HttpRequest.GET(base + "?asOf=2000-01-01")).getStatus().getCode())
        .isEqualTo(404);
  }

  @Test
  void theFormSuggestionExplainsItselfInSwedish() {
    Map<String, Object> s =
        call(
            reader,
            HttpRequest.POST(
                "/api/assignments/suggest-form",
                Map.of(
                    "kind",
                    "COORDINATION",
                    "stakeholders",
                    12,
                    "external",
                    true,
                    "predictable",
                    false,
                    "investment",
                    "LARGE")));
    assertThat(s.get("form")).isEqualTo("PROJECT");
    assertThat((String) s.get("explanation"))
        .contains("Externa intressenter")
        .contains("talar för Projekt")
        .doesNotContain("PROJECT");
  }

  @Test
  void badFiltersAre400InSwedish() {
    var e = fails(null, HttpRequest.GET("/api/assignments?state=BESLUTAD"));
    assertThat(e.getStatus().getCode()).isEqualTo(400);
    assertThat(e.getResponse().getBody(String.class).orElse("")).contains("okända värdet");
  }

  @Test
  void theSeedsProjectTakesSannaAbove100PercentAndTheReportNamesIt() {
    Map<String, Object> report =
        http.toBlocking()
            .retrieve(
                HttpRequest.GET("/api/roles/conflicts?date=2026-11-22"),
                Argument.mapOf(String.class, Object.class));
    Map<String, Object> sanna =
        list(report.get("overAllocations")).stream()
            .filter(o -> "sanna-makinen".equals(map(o.get("person")).get("id")))
            .findFirst()
            .orElseThrow();
    assertThat(((Number) sanna.get("totalPercent")).intValue()).isGreaterThanOrEqualTo(110);
    assertThat(list(sanna.get("assignments")))
        .anySatisfy(a -> assertThat(a.get("title")).isEqualTo("Projekt e-tjänst för bygglov"));
  }

  @Test
  void theSeedHasEveryKindAndFormAndACrossBoardTimeline() {
    List<Map<String, Object>> all =
        http.toBlocking()
            .retrieve(
                HttpRequest.GET("/api/assignments"),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
    assertThat(all.stream().map(m -> m.get("kind") + "/" + m.get("form")).toList())
        .contains(
            "NETWORK/NETWORK",
            "INVESTIGATION/INDIVIDUAL",
            "COORDINATION/WORKING_GROUP",
            "COORDINATION/PROJECT");
    assertThat(
            all.stream()
                .filter(m -> "Revidera riktlinjen för intern kontroll".equals(m.get("title")))
                .findFirst()
                .map(m -> list(map(m.get("brief")).get("sessions")).size()))
        .hasValue(15);
  }

  @Test
  void theFeedsAndDiagramsServeTheDecidedAssignments() throws Exception {
    String atom = http.toBlocking().retrieve(HttpRequest.GET("/uppdrag.atom"), String.class);
    var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    var feed =
        factory
            .newDocumentBuilder()
            .parse(
                new java.io.ByteArrayInputStream(
                    atom.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(feed.getDocumentElement().getNamespaceURI())
        .isEqualTo("http://www.w3.org/2005/Atom");
    assertThat(atom)
        .contains("Projekt e-tjänst för bygglov")
        .contains("Huvudansvarig: Jonas Ekström");
    Map<String, Object> json =
        http.toBlocking()
            .retrieve(HttpRequest.GET("/uppdrag.json"), Argument.mapOf(String.class, Object.class));
    assertThat(json.get("version")).isEqualTo("https://jsonfeed.org/version/1.1");
    assertThat(list(json.get("items"))).isNotEmpty();
    long id =
        http
            .toBlocking()
            .retrieve(
                HttpRequest.GET("/api/assignments?state=DECIDED&year=2026"),
                Argument.listOf(Argument.mapOf(String.class, Object.class)))
            .stream()
            .filter(m -> "Revidera riktlinjen för intern kontroll".equals(m.get("title")))
            .map(m -> ((Number) m.get("id")).longValue())
            .findFirst()
            .orElseThrow();
    String timeline =
        http.toBlocking()
            .retrieve(
                HttpRequest.GET("/api/diagrams/assignments/" + id + "/timeline.svg"), String.class);
    assertThat(timeline).contains("MBN").contains("Antagande i kommunstyrelsen");
    assertThat(
            http.toBlocking()
                .retrieve(HttpRequest.GET("/api/diagrams/portfolio.svg?year=2026"), String.class))
        .contains("Projekt e-tjänst för bygglov");
    assertThat(
            http.toBlocking()
                .retrieve(HttpRequest.GET("/api/diagrams/arshjul.svg?year=2026"), String.class))
        .contains("Delårsrapport 2");
    assertThat(
            fails(null, HttpRequest.GET("/api/diagrams/portfolio.svg?year=20x6"))
                .getStatus()
                .getCode())
        .isEqualTo(400);
  }
}
