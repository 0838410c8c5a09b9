package se.processkarta.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import se.processkarta.IsolatedService;
import se.processkarta.changes.apply.ModelWriter;
import se.processkarta.graph.ModelHistory;
import se.processkarta.graph.ModelStamp;
import se.processkarta.model.Code;
import se.processkarta.model.Messages;
import se.processkarta.model.ModelSnapshot;
import se.processkarta.model.NotFoundException;
import se.processkarta.model.OrgUnit;
import se.processkarta.model.OrgUnitKind;
import se.processkarta.model.Person;
import se.processkarta.model.SteeringGroup;
import se.processkarta.model.SteeringGroupKind;

/**
 * The roles on an element and a person's responsibilities read at an earlier model version ({@code
 * ?version=}, {@code ?asOf=}) are what the current reads said while that version was current: the
 * owner, effective lead, reporting chain, team with competences, allocations, pools, steering
 * groups and the person's unit. The model is the whole seed in a graph of its own, so that no other
 * test's direct writes (which keep no history) are in it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PastRolesIT {

  static final String ADMIN = "admin";
  static final String ADMIN_PASSWORD = "test-admin-password";
  static final String EDITOR = "past-editor";
  static final String PASSWORD = "a-long-test-password";

  /** Days with different teams on 3.1.5.1 in the seed, and one in the future. */
  static final List<LocalDate> DAYS =
      List.of(
          LocalDate.of(2024, 3, 1),
          LocalDate.of(2025, 8, 1),
          LocalDate.of(2026, 11, 22),
          LocalDate.of(2027, 6, 1));

  EmbeddedServer server;
  HttpClient http;
  RoleQueries roles;
  PastRoles past;
  ModelHistory history;
  ModelStamp stamp;

  @BeforeAll
  void start() throws Exception {
    Path dir = Files.createTempDirectory("processkarta-past-roles");
    server = IsolatedService.start(dir.resolve("data"), "pastroles", Map.of());
    ApplicationContext ctx = server.getApplicationContext();
    http = ctx.createBean(HttpClient.class, server.getURL());
    roles = ctx.getBean(RoleQueries.class);
    past = ctx.getBean(PastRoles.class);
    history = ctx.getBean(ModelHistory.class);
    stamp = ctx.getBean(ModelStamp.class);
    call(
        ADMIN,
        HttpRequest.POST(
            "/api/users",
            Map.of(
                "username", EDITOR, "password", PASSWORD, "permissions", List.of("MODEL_EDITOR"))));
  }

  @AfterAll
  void stop() {
    http.close();
    server.close();
  }

  private Map<String, Object> call(String user, MutableHttpRequest<?> r) {
    String pw = user.equals(ADMIN) ? ADMIN_PASSWORD : PASSWORD;
    return http.toBlocking()
        .retrieve(r.basicAuth(user, pw), Argument.mapOf(String.class, Object.class));
  }

  private Map<String, Object> get(String uri) {
    return http.toBlocking()
        .retrieve(HttpRequest.GET(uri), Argument.mapOf(String.class, Object.class));
  }

  private static Map<String, Object> op(Object... kv) {
    Map<String, Object> m = new HashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  /** Drafts, submits and (as the modellansvarig, not the author) approves a change. */
  private long publish(List<Map<String, Object>> ops) {
    Map<String, Object> c =
        call(
            EDITOR,
            HttpRequest.POST(
                "/api/changes",
                Map.of("title", "Historik", "motivation", "Test", "operations", ops)));
    Object id = c.get("id");
    call(EDITOR, HttpRequest.POST("/api/changes/" + id + "/submit", Map.of()));
    Map<String, Object> applied =
        call(ADMIN, HttpRequest.POST("/api/changes/" + id + "/approve", Map.of("comment", "Ok")));
    assertThat(applied).containsEntry("state", "APPLIED");
    return stamp.current();
  }

  @Test
  @Order(1)
  void everyElementAndPersonReadsFromTheHistoryAsFromTheCurrentGraph() {
    long v = stamp.current();
    ModelSnapshot s = history.snapshot(v);
    assertThat(s.elements()).hasSizeGreaterThan(500);
    int compared = 0;
    for (LocalDate day : DAYS) {
      for (var e : s.elements()) {
        assertThat(past.elementRoles(v, e.code(), day, Messages.SWEDISH))
            .as("%s on %s", e.code(), day)
            .isEqualTo(roles.elementRoles(e.code(), day, Messages.SWEDISH));
        compared++;
      }
      for (Person p : s.people()) {
        assertThat(past.person(v, p.id(), day))
            .as("%s on %s", p.id(), day)
            .isEqualTo(roles.person(p.id(), day));
      }
    }
    assertThat(compared).isGreaterThan(2000);
    // The seed's richest case is there in both: steering groups, pools, a changed team.
    ElementRoles bygglov =
        past.elementRoles(v, Code.parse("3.1.5.1"), LocalDate.of(2026, 11, 22), Messages.SWEDISH);
    assertThat(bygglov.steeringGroups()).extracting(SteeringGroupRef::id).contains("sg-e-bygglov");
    assertThat(bygglov.team()).extracting(t -> t.person().id()).contains("maja-svensson");
    assertThat(bygglov.pools()).extracting(PoolRef::id).contains("pool-bygglov");
    assertThat(bygglov.reportingChain()).isNotEmpty();
    assertThat(past.person(v, "erik-johansson", null).person().unit()).isNotNull();
  }

  @Test
  @Order(2)
  void rolesAndAPersonAreReadAsTheyWereBeforeAChange() {
    long before = stamp.current();
    String day = "2026-11-22";
    Map<String, Object> rolesThen = get("/api/elements/3.1.5.1/roles?date=" + day);
    Map<String, Object> ownerThen = get("/api/people/erik-johansson?date=" + day);
    Map<String, Object> sannaThen = get("/api/people/sanna-makinen?date=" + day);

    long after =
        publish(
            List.of(
                op(
                    "op",
                    "endRole",
                    "code",
                    "3.1.5.1",
                    "role",
                    "TEAM_MEMBER",
                    "personId",
                    "sanna-makinen",
                    "to",
                    "2026-09-30"),
                op(
                    "op",
                    "assignRole",
                    "code",
                    "3.1.5.1",
                    "role",
                    "TEAM_MEMBER",
                    "personId",
                    "viktor-hedberg",
                    "from",
                    "2026-10-01",
                    "competence",
                    "Bygglov & <tillsyn>"),
                op(
                    "op",
                    "updatePerson",
                    "id",
                    "erik-johansson",
                    "name",
                    "Erik Johansson-Åberg",
                    "title",
                    "Chef \"bygg\"")));
    assertThat(after).isEqualTo(before + 1);

    Map<String, Object> rolesNow = get("/api/elements/3.1.5.1/roles?date=" + day);
    assertThat(rolesNow).isNotEqualTo(rolesThen);
    assertThat(rolesNow.toString()).contains("Bygglov & <tillsyn>", "Johansson-Åberg");

    // At the old version (by number and by day), the answer is what it was then, to the field.
    assertThat(get("/api/elements/3.1.5.1/roles?date=" + day + "&version=" + before))
        .isEqualTo(rolesThen);
    assertThat(get("/api/people/erik-johansson?date=" + day + "&version=" + before))
        .isEqualTo(ownerThen);
    assertThat(get("/api/people/sanna-makinen?date=" + day + "&version=" + before))
        .isEqualTo(sannaThen);
    assertThat(get("/api/elements/3.1.5.1/roles?date=" + day + "&version=" + after))
        .isEqualTo(rolesNow);
    // Without a date, a past version speaks for the day it was published (today here).
    assertThat(get("/api/elements/3.1.5.1/roles?version=" + before).get("date"))
        .isEqualTo(history.snapshot(before).date().toString());
    assertThat(
            get("/api/elements/3.1.5.1/roles?asOf="
                    + LocalDate.now(java.time.ZoneId.of("Europe/Stockholm")))
                .get("team")
                .toString())
        .contains("viktor-hedberg");

    // The element read and the people read of each version agree, also after the change.
    long v = stamp.current();
    for (String code : List.of("3.1.5", "3.1.5.1", "3.1.5.2", "3.1")) {
      Code c = Code.parse(code);
      for (LocalDate d : DAYS) {
        assertThat(past.elementRoles(v, c, d, java.util.Locale.ENGLISH))
            .isEqualTo(roles.elementRoles(c, d, java.util.Locale.ENGLISH));
      }
    }
    assertThatThrownBy(() -> past.person(before, "ingen-sadan", null))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  @Order(3)
  void aMovedElementKeepsItsSteeringGroupAtEveryVersion() {
    long before = stamp.current();
    long after =
        publish(
            List.of(
                op(
                    "op",
                    "moveElement",
                    "code",
                    "3.1.5.2",
                    "newParentCode",
                    "3.1.5",
                    "newCode",
                    "3.1.5.98")));
    SteeringGroup then = group(before, "sg-e-bygglov");
    SteeringGroup now = group(after, "sg-e-bygglov");
    assertThat(then.supports()).extracting(Code::toString).contains("3.1.5.2");
    assertThat(now.supports())
        .extracting(Code::toString)
        .contains("3.1.5.98")
        .doesNotContain("3.1.5.2");

    Map<String, Object> old = get("/api/elements/3.1.5.2/roles?version=" + before);
    assertThat(old.get("steeringGroups").toString()).contains("sg-e-bygglov", "3.1.5.2");
    Map<String, Object> moved = get("/api/elements/3.1.5.98/roles?version=" + after);
    assertThat(moved.get("steeringGroups").toString()).contains("sg-e-bygglov", "3.1.5.98");
    HttpClientResponseException missing =
        assertThrows(
            HttpClientResponseException.class,
            () -> get("/api/elements/3.1.5.98/roles?version=" + before));
    assertThat(missing.getStatus().getCode()).isEqualTo(404);
    assertThat(missing.getResponse().getBody(String.class).orElseThrow()).contains("3.1.5.98");
  }

  @Test
  @Order(4)
  void aRenamedUnitAndAChangedGroupKeepTheirOldStateAtTheOldVersion() {
    long before = stamp.current();
    OrgUnit unit =
        history.organisation(before).units().stream()
            .filter(u -> u.id().equals("sbf-plan-bygglov"))
            .findFirst()
            .orElseThrow();
    SteeringGroup group = group(before, "sg-e-bygglov");
    List<String> members = new ArrayList<>(group.memberIds());
    members.remove("sanna-makinen");
    ModelWriter writer = server.getApplicationContext().getBean(ModelWriter.class);
    long after =
        writer
            .importBatch(
                "test-organisation-" + before,
                List.of(),
                new ModelPeople(
                    List.of(
                        new OrgUnit(
                            unit.id(),
                            "Enheten för bygglov & <lov>",
                            OrgUnitKind.ENHET,
                            unit.parentId())),
                    List.of(),
                    List.of(),
                    List.of(
                        new SteeringGroup(
                            group.id(),
                            "Styrgrupp bygglov 2.0",
                            SteeringGroupKind.STYRGRUPP,
                            group.supports(),
                            members)),
                    List.of(),
                    List.of()),
                "test-organisation",
                "hash-" + before)
            .version();
    assertThat(after).isEqualTo(before + 1);

    Map<String, Object> sannaThen = get("/api/people/sanna-makinen?version=" + before);
    Map<String, Object> sannaNow = get("/api/people/sanna-makinen?version=" + after);
    assertThat(sannaThen.get("steeringGroups").toString()).contains("sg-e-bygglov");
    assertThat(sannaNow.get("steeringGroups").toString()).doesNotContain("sg-e-bygglov");
    assertThat(sannaNow).isEqualTo(get("/api/people/sanna-makinen"));
    String erikThen = get("/api/people/erik-johansson?version=" + before).toString();
    String erikNow = get("/api/people/erik-johansson?version=" + after).toString();
    assertThat(erikThen).contains(unit.name()).doesNotContain("Enheten för bygglov & <lov>");
    assertThat(erikNow).contains("Enheten för bygglov & <lov>");
    assertThat(get("/api/elements/3.1.5.1/roles?version=" + before).toString())
        .contains(group.name());
    assertThat(get("/api/elements/3.1.5.1/roles?version=" + after).toString())
        .contains("Styrgrupp bygglov 2.0");
  }

  @Test
  @Order(5)
  void aStoreWithoutUnitAndGroupIntervalsHasThemBackfilledFromItsFirstVersion() {
    Driver driver = server.getApplicationContext().getBean(Driver.class);
    long first = history.span().first();
    try (var session = driver.session(SessionConfig.defaultConfig())) {
      session.executeWriteWithoutResult(
          tx ->
              tx.run("MATCH (h:History) WHERE h.kind IN ['unit', 'group'] DETACH DELETE h")
                  .consume());
    }
    publish(
        List.of(
            op("op", "updateElement", "code", "3.1.5.1", "description", "Efter uppgraderingen")));
    try (var session = driver.session(SessionConfig.defaultConfig())) {
      var r =
          session.executeRead(
              tx ->
                  tx.run(
                          "MATCH (h:History) WHERE h.kind IN ['unit', 'group']"
                              + " RETURN min(h.from) AS first, max(h.from) AS last,"
                              + " count(h) AS n")
                      .single());
      assertThat(r.get("first").asLong()).isEqualTo(first);
      assertThat(r.get("last").asLong()).isEqualTo(first);
      assertThat(r.get("n").asLong()).isGreaterThan(10);
    }
  }

  private SteeringGroup group(long version, String id) {
    return history.organisation(version).groups().stream()
        .filter(g -> g.id().equals(id))
        .findFirst()
        .orElseThrow();
  }
}
