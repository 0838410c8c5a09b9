package se.processkarta.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The change path end to end over HTTP, on whichever relational database the subclass gives:
 * drafting, four eyes, conflicts, rejection, the model version and the audit rows.
 */
abstract class ChangeFlowContract {

  static final String ADMIN = "admin";
  static final String ADMIN_PASSWORD = "test-admin-password";
  static final String PASSWORD = "a-long-test-password";
  static final String HOSTILE = "Process <script>alert(1)</script> & \"citat\" 'enkla' åäö";

  @Inject
  @Client("/")
  HttpClient http;

  @Inject ChangeService changeService;

  @Inject AuditLog auditLog;

  @Inject AuditEventRepository auditRows;

  /** Unique per run: the relational store may outlive one test class. */
  final String suffix = UUID.randomUUID().toString().substring(0, 8);

  String editor;
  String reviewer;
  String owner;

  /** A free process code under 3.3.8 that no other test uses. */
  static String freshCode() {
    return se.processkarta.TestCodes.next();
  }

  @BeforeAll
  void users() {
    editor = user("edith-" + suffix, "MODEL_EDITOR");
    reviewer = user("rune-" + suffix, "MODEL_REVIEWER");
    owner = user("olle-" + suffix, "MODEL_OWNER");
  }

  String user(String name, String permission) {
    call(
        ADMIN,
        HttpRequest.POST(
            "/api/users",
            Map.of("username", name, "password", PASSWORD, "permissions", List.of(permission))));
    return name;
  }

  Map<String, Object> call(String user, MutableHttpRequest<?> r) {
    String pw = user.equals(ADMIN) ? ADMIN_PASSWORD : PASSWORD;
    return http.toBlocking()
        .retrieve(r.basicAuth(user, pw), Argument.mapOf(String.class, Object.class));
  }

  HttpClientResponseException fails(String user, MutableHttpRequest<?> r) {
    String pw = user.equals(ADMIN) ? ADMIN_PASSWORD : PASSWORD;
    return assertThrows(
        HttpClientResponseException.class, () -> http.toBlocking().exchange(r.basicAuth(user, pw)));
  }

  static Map<String, Object> op(Object... kv) {
    Map<String, Object> m = new HashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  static Map<String, Object> create(String code, String name) {
    String parent = code.substring(0, code.lastIndexOf('.'));
    return op("op", "createElement", "parentCode", parent, "code", code, "name", name);
  }

  long draft(String user, List<Map<String, Object>> ops) {
    Map<String, Object> c =
        call(
            user,
            HttpRequest.POST(
                "/api/changes",
                Map.of(
                    "title", "Test " + suffix, "motivation", "För att testa", "operations", ops)));
    assertThat(c).containsEntry("state", "DRAFT");
    return ((Number) c.get("id")).longValue();
  }

  long submitted(String user, List<Map<String, Object>> ops) {
    long id = draft(user, ops);
    assertThat(call(user, HttpRequest.POST("/api/changes/" + id + "/submit", Map.of())))
        .containsEntry("state", "SUBMITTED");
    return id;
  }

  Map<String, Object> approve(String user, long id) {
    return call(user, HttpRequest.POST("/api/changes/" + id + "/approve", Map.of("comment", "Ok")));
  }

  long modelVersion() {
    List<Map<String, Object>> versions =
        http.toBlocking()
            .retrieve(
                HttpRequest.GET("/api/versions"),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
    return versions.isEmpty()
        ? 0
        : ((Number) versions.get(versions.size() - 1).get("number")).longValue();
  }

  Map<String, Object> element(String code) {
    return http.toBlocking()
        .retrieve(
            HttpRequest.GET("/api/elements/" + code), Argument.mapOf(String.class, Object.class));
  }

  int status(String uri) {
    try {
      return http.toBlocking().exchange(HttpRequest.GET(uri)).getStatus().getCode();
    } catch (HttpClientResponseException e) {
      return e.getStatus().getCode();
    }
  }

  int status(String uri, String user) {
    try {
      return http.toBlocking()
          .exchange(HttpRequest.GET(uri).basicAuth(user, PASSWORD))
          .getStatus()
          .getCode();
    } catch (HttpClientResponseException e) {
      return e.getStatus().getCode();
    }
  }

  @Test
  void anApprovedChangeIsPublishedAtOnceAsOneNewVersionWithItsAuditRows() {
    String code = freshCode();
    long id = submitted(editor, List.of(create(code, HOSTILE)));
    assertThat(status("/api/elements/" + code)).isEqualTo(404);

    Map<String, Object> applied = approve(reviewer, id);
    assertThat(applied).containsEntry("state", "APPLIED").containsEntry("reviewer", reviewer);
    long version = ((Number) applied.get("appliedVersion")).longValue();
    assertThat(modelVersion()).isEqualTo(version);
    assertThat(element(code)).containsEntry("name", HOSTILE);

    List<Map<String, Object>> audit = auditItems("/api/audit?code=" + code);
    assertThat(audit).hasSize(1);
    assertThat(audit.get(0))
        .containsEntry("action", "createElement")
        .containsEntry("actor", editor)
        .containsEntry("changeId", (int) id);
    assertThat((String) audit.get(0).get("afterJson")).contains("alert(1)");
    assertThat(audit.get(0).get("beforeJson")).isNull();
    assertThat(status("/api/elements/" + code + "/history")).isEqualTo(200);
  }

  @Test
  void nobodyApprovesTheirOwnChangeNotEvenAModelOwner() {
    long mine = submitted(owner, List.of(create(freshCode(), "Egen")));
    HttpClientResponseException e =
        fails(owner, HttpRequest.POST("/api/changes/" + mine + "/approve", Map.of()));
    assertThat(e.getStatus().getCode()).isEqualTo(403);
    assertThat(e.getResponse().getContentType().orElseThrow().toString())
        .isEqualTo("application/problem+json");
    long theirs = submitted(editor, List.of(create(freshCode(), "Deras")));
    assertThat(
            fails(editor, HttpRequest.POST("/api/changes/" + theirs + "/approve", Map.of()))
                .getStatus()
                .getCode())
        .isEqualTo(403);
    // Without a comment, too.
    assertThat(call(owner, HttpRequest.POST("/api/changes/" + theirs + "/approve", Map.of())))
        .containsEntry("state", "APPLIED");
  }

  @Test
  void aBrokenChangeIs422WithTheIndexAndASwedishReasonOfEachFailingOperation() {
    String ok = freshCode();
    HttpClientResponseException e =
        fails(
            editor,
            HttpRequest.POST(
                "/api/changes",
                Map.of(
                    "title",
                    "Trasig",
                    "operations",
                    List.of(
                        create(ok, "Bra"),
                        create("3.3.99.1", "Ingen förälder"),
                        op("op", "assignRole", "code", "3", "role", "OWNER", "personId", "x"),
                        op("op", "teleport", "code", "3")))));
    assertThat(e.getStatus().getCode()).isEqualTo(422);
    String body = e.getResponse().getBody(String.class).orElseThrow();
    assertThat(body).contains("\"index\":1").contains("\"index\":2").contains("\"index\":3");
    assertThat(body).doesNotContain("\"index\":0");
    assertThat(body).contains("Föräldern 3.3.99 till 3.3.99.1 finns inte.");
    // Each reason names the operation's field it is about, as the change form shows it.
    assertThat(body)
        .containsPattern("\"index\":1,[^}]*\"field\":\"parentCode\"")
        .containsPattern("\"index\":2,[^}]*\"field\":\"role\"")
        .containsPattern("\"index\":3,[^}]*\"field\":\"op\"");
    assertThat(status("/api/elements/" + ok)).isEqualTo(404);
  }

  @Test
  void aStaleApprovalIs409UntilTheAuthorRebases() {
    String code = freshCode();
    approve(reviewer, submitted(editor, List.of(create(code, "Ursprunglig"))));
    long first =
        submitted(editor, List.of(op("op", "updateElement", "code", code, "name", "Första")));
    long second =
        submitted(editor, List.of(op("op", "updateElement", "code", code, "name", "Andra")));
    approve(reviewer, first);
    HttpClientResponseException e =
        fails(reviewer, HttpRequest.POST("/api/changes/" + second + "/approve", Map.of()));
    assertThat(e.getStatus().getCode()).isEqualTo(409);
    assertThat(e.getResponse().getBody(String.class).orElseThrow()).contains(code);
    assertThat(element(code)).containsEntry("name", "Första");

    call(editor, HttpRequest.POST("/api/changes/" + second + "/rebase", Map.of()));
    assertThat(approve(reviewer, second)).containsEntry("state", "APPLIED");
    assertThat(element(code)).containsEntry("name", "Andra");
  }

  /**
   * Two changes to one element, drafted on the same version and approved at the same moment by two
   * reviewers: each round exactly one is applied and the other answers 409 and is back to
   * SUBMITTED, and the element holds the applied one's name (the lost update of issue 20).
   */
  @Test
  void ofTwoConcurrentApprovalsTouchingOneElementExactlyOneApplies() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 20; round++) {
        String code = freshCode();
        approve(reviewer, submitted(editor, List.of(create(code, "Ursprunglig"))));
        long a = submitted(editor, List.of(op("op", "updateElement", "code", code, "name", "A")));
        long b = submitted(editor, List.of(op("op", "updateElement", "code", code, "name", "B")));
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
        Future<Integer> fa = pool.submit(() -> approveStatus(reviewer, a, start));
        Future<Integer> fb = pool.submit(() -> approveStatus(owner, b, start));
        List<Integer> statuses = List.of(fa.get(), fb.get());
        assertThat(statuses).as("round " + round).containsExactlyInAnyOrder(200, 409);
        long winner = statuses.get(0) == 200 ? a : b;
        long loser = winner == a ? b : a;
        assertThat(element(code)).containsEntry("name", winner == a ? "A" : "B");
        assertThat(call(editor, HttpRequest.GET("/api/changes/" + winner)))
            .containsEntry("state", "APPLIED");
        assertThat(call(editor, HttpRequest.GET("/api/changes/" + loser)))
            .containsEntry("state", "SUBMITTED")
            .containsEntry("reviewer", null);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private int approveStatus(String user, long id, java.util.concurrent.CyclicBarrier start)
      throws Exception {
    start.await();
    try {
      http.toBlocking()
          .exchange(
              HttpRequest.POST("/api/changes/" + id + "/approve", Map.of())
                  .basicAuth(user, user.equals(ADMIN) ? ADMIN_PASSWORD : PASSWORD));
      return 200;
    } catch (HttpClientResponseException e) {
      return e.getStatus().getCode();
    }
  }

  @Test
  void aRejectedOrWithdrawnChangeLeavesTheModelUntouched() {
    long before = modelVersion();
    String rejected = freshCode();
    long r = submitted(editor, List.of(create(rejected, "Avslås")));
    assertThat(
            call(
                reviewer,
                HttpRequest.POST("/api/changes/" + r + "/reject", Map.of("comment", "Nej"))))
        .containsEntry("state", "REJECTED")
        .containsEntry("reviewComment", "Nej");
    String withdrawn = freshCode();
    long w = submitted(editor, List.of(create(withdrawn, "Dras tillbaka")));
    assertThat(call(editor, HttpRequest.POST("/api/changes/" + w + "/withdraw", Map.of())))
        .containsEntry("state", "WITHDRAWN");
    assertThat(
            fails(reviewer, HttpRequest.POST("/api/changes/" + w + "/approve", Map.of()))
                .getStatus()
                .getCode())
        .isEqualTo(409);
    assertThat(status("/api/elements/" + rejected)).isEqualTo(404);
    assertThat(status("/api/elements/" + withdrawn)).isEqualTo(404);
    assertThat(modelVersion()).isEqualTo(before);
  }

  @Test
  void commentsAndEditsOfADraftAreKept() {
    long id = draft(editor, List.of(create(freshCode(), "Utkast")));
    call(
        reviewer,
        HttpRequest.POST("/api/changes/" + id + "/comments", Map.of("body", "Varför? <b>&</b>")));
    String code = freshCode();
    call(
        editor,
        HttpRequest.PUT(
            "/api/changes/" + id,
            Map.of("title", "Omskrivet", "operations", List.of(create(code, "Omskrivet")))));
    Map<String, Object> c = call(editor, HttpRequest.GET("/api/changes/" + id));
    assertThat(c).containsEntry("title", "Omskrivet");
    assertThat(c.get("comments").toString()).contains("Varför? <b>&</b>");
    assertThat(
            fails(reviewer, HttpRequest.PUT("/api/changes/" + id, Map.of("title", "Kapat")))
                .getStatus()
                .getCode())
        .isEqualTo(403);
    Map<String, Object> diff = call(editor, HttpRequest.GET("/api/changes/" + id + "/diff"));
    assertThat(diff.get("operations").toString()).contains(code);
  }

  @Test
  void rolesAndPeopleAreChangedThroughTheSamePath() {
    String code = freshCode();
    String person = "p-" + suffix;
    long id =
        submitted(
            editor,
            List.of(
                create(code, "Med ägare"),
                op("op", "createPerson", "id", person, "name", "Åsa <Ägare> & Co"),
                op("op", "assignRole", "code", code, "role", "OWNER", "personId", person)));
    approve(reviewer, id);
    Map<String, Object> roles =
        http.toBlocking()
            .retrieve(
                HttpRequest.GET("/api/elements/" + code + "/roles"),
                Argument.mapOf(String.class, Object.class));
    assertThat(roles.toString()).contains("Åsa <Ägare> & Co");
  }

  Map<String, Object> get(String uri) {
    return http.toBlocking()
        .retrieve(HttpRequest.GET(uri), Argument.mapOf(String.class, Object.class));
  }

  /** The 422 answer of a change that cannot be drafted, as text. */
  String refused(List<Map<String, Object>> ops) {
    HttpClientResponseException e =
        fails(
            editor,
            HttpRequest.POST("/api/changes", Map.of("title", "Fel " + suffix, "operations", ops)));
    assertThat(e.getStatus().getCode()).isEqualTo(422);
    assertThat(e.getResponse().getContentType().orElseThrow().toString())
        .isEqualTo("application/problem+json");
    return e.getResponse().getBody(String.class).orElseThrow();
  }

  @Test
  void aMovedProcessTakesItsActivitiesAndRolesToItsNewCode() {
    String code = freshCode();
    String number = code.substring(code.lastIndexOf('.') + 1);
    String target = "3.3.9." + number;
    String person = "flytt-" + suffix + "-" + number;
    approve(
        reviewer,
        submitted(
            editor,
            List.of(
                create(code, "Flyttas " + HOSTILE),
                create(code + ".1", "Aktivitet ett"),
                create(code + ".2", "Aktivitet två"),
                op("op", "createPerson", "id", person, "name", "Flytt Person"),
                op("op", "assignRole", "code", code, "role", "OWNER", "personId", person))));

    long id =
        submitted(
            editor,
            List.of(
                op(
                    "op",
                    "moveElement",
                    "code",
                    code,
                    "newParentCode",
                    "3.3.9",
                    "newCode",
                    target)));
    assertThat(approve(reviewer, id)).containsEntry("state", "APPLIED");

    assertThat(status("/api/elements/" + code)).isEqualTo(404);
    assertThat(status("/api/elements/" + code + ".1")).isEqualTo(404);
    assertThat(element(target)).containsEntry("name", "Flyttas " + HOSTILE);
    assertThat(element(target + ".2")).containsEntry("name", "Aktivitet två");
    assertThat(get("/api/elements/" + target + ".1").toString()).contains("3.3.9");
    List<Object> children =
        http.toBlocking()
            .retrieve(
                HttpRequest.GET("/api/elements/" + target + "/children"),
                Argument.listOf(Object.class));
    assertThat(children.toString()).contains(target + ".1").contains(target + ".2");
    assertThat(get("/api/elements/" + target + "/roles").get("owner").toString()).contains(person);
    List<Object> under39 =
        http.toBlocking()
            .retrieve(
                HttpRequest.GET("/api/elements/3.3.9/children"), Argument.listOf(Object.class));
    assertThat(under39.toString()).contains(target);
    List<Object> under38 =
        http.toBlocking()
            .retrieve(
                HttpRequest.GET("/api/elements/3.3.8/children"), Argument.listOf(Object.class));
    assertThat(under38.toString()).doesNotContain(code + ",").doesNotContain(code + "}");
    Map<String, Object> diff = call(editor, HttpRequest.GET("/api/changes/" + id + "/diff"));
    assertThat(diff.get("operations").toString()).contains(code).contains(target);
  }

  @Test
  void aMoveThatBreaksTheLevelsOrTheTreeIsRefusedAndChangesNothing() {
    String code = freshCode();
    String number = code.substring(code.lastIndexOf('.') + 1);
    approve(
        reviewer,
        submitted(editor, List.of(create(code, "Står kvar"), create(code + ".1", "Barn"))));
    long before = modelVersion();
    // Under its own child: a cycle, and the new code is one level too deep.
    assertThat(
            refused(
                List.of(
                    op(
                        "op",
                        "moveElement",
                        "code",
                        code,
                        "newParentCode",
                        code + ".1",
                        "newCode",
                        code + ".1.1"))))
        .contains("\"index\":0");
    // A process under a business area: the level breaks.
    refused(
        List.of(op("op", "moveElement", "code", code, "newParentCode", "3", "newCode", "3.77")));
    // A new code that does not lie under the new parent.
    refused(
        List.of(
            op(
                "op",
                "moveElement",
                "code",
                code,
                "newParentCode",
                "3.3.9",
                "newCode",
                "3.3.7." + number)));
    // Onto a code that is taken.
    refused(
        List.of(op("op", "moveElement", "code", code, "newParentCode", "3.3", "newCode", "3.3.8")));
    // An element that does not exist.
    refused(
        List.of(
            op(
                "op",
                "moveElement",
                "code",
                "3.3.8.999999",
                "newParentCode",
                "3.3.9",
                "newCode",
                "3.3.9.999999")));
    assertThat(modelVersion()).isEqualTo(before);
    assertThat(element(code)).containsEntry("name", "Står kvar");
    assertThat(element(code + ".1")).containsEntry("name", "Barn");
  }

  @Test
  void anElementIsRetiredOnlyWhenNoActiveChildIsLeft() {
    String code = freshCode();
    approve(
        reviewer,
        submitted(editor, List.of(create(code, "Pensioneras"), create(code + ".1", "Barn"))));
    String body = refused(List.of(op("op", "retireElement", "code", code)));
    assertThat(body).contains(code + ".1");
    assertThat(element(code)).containsEntry("status", "PUBLISHED");

    long id =
        submitted(
            editor,
            List.of(
                op("op", "retireElement", "code", code + ".1"),
                op("op", "retireElement", "code", code)));
    assertThat(approve(reviewer, id)).containsEntry("state", "APPLIED");
    assertThat(element(code).get("status")).isEqualTo("RETIRED");
    assertThat(element(code + ".1").get("status")).isEqualTo("RETIRED");
    refused(List.of(op("op", "retireElement", "code", "3.3.8.999999")));
  }

  @Test
  void aRoleEndsOnItsLastDayAndStaysInTheHistory() {
    String code = freshCode();
    String person = "slut-" + suffix + "-" + code.substring(code.lastIndexOf('.') + 1);
    approve(
        reviewer,
        submitted(
            editor,
            List.of(
                create(code, "Med ledare"),
                op("op", "createPerson", "id", person, "name", "Lea Ledare"),
                op(
                    "op",
                    "assignRole",
                    "code",
                    code,
                    "role",
                    "LEAD",
                    "personId",
                    person,
                    "from",
                    "2026-01-01"))));
    assertThat(get("/api/elements/" + code + "/roles?date=2026-07-01").get("lead").toString())
        .contains(person);

    long id =
        submitted(
            editor,
            List.of(
                op(
                    "op",
                    "endRole",
                    "code",
                    code,
                    "role",
                    "LEAD",
                    "personId",
                    person,
                    "to",
                    "2026-06-30")));
    assertThat(approve(reviewer, id)).containsEntry("state", "APPLIED");
    assertThat(get("/api/elements/" + code + "/roles?date=2026-07-01").get("lead")).isNull();
    assertThat(get("/api/elements/" + code + "/roles?date=2026-06-30").get("lead").toString())
        .contains(person);
    // Nobody to end, a role that does not exist, and no last day.
    refused(
        List.of(
            op(
                "op",
                "endRole",
                "code",
                code,
                "role",
                "OWNER",
                "personId",
                person,
                "to",
                "2026-06-30")));
    refused(
        List.of(
            op(
                "op",
                "endRole",
                "code",
                code,
                "role",
                "LEAD",
                "personId",
                "ingen-" + suffix,
                "to",
                "2026-06-30")));
    refused(List.of(op("op", "endRole", "code", code, "role", "LEAD", "personId", person)));
  }

  @Test
  void aPersonIsUpdatedFieldByFieldAndKeepsTheRest() {
    String person = "upd-" + suffix + "-" + freshCode().replace('.', '-');
    approve(
        reviewer,
        submitted(
            editor,
            List.of(
                op(
                    "op",
                    "createPerson",
                    "id",
                    person,
                    "name",
                    "Före",
                    "title",
                    "Handläggare",
                    "email",
                    "fore@example.se",
                    "orgUnit",
                    "klf-hr"))));
    long id = submitted(editor, List.of(op("op", "updatePerson", "id", person, "name", HOSTILE)));
    assertThat(approve(reviewer, id)).containsEntry("state", "APPLIED");
    Map<String, Object> p = get("/api/people/" + person);
    assertThat(p.toString())
        .contains(HOSTILE)
        .contains("Handläggare")
        .contains("fore@example.se")
        .contains("klf-hr");
    refused(List.of(op("op", "updatePerson", "id", "ingen-" + suffix, "name", "X")));
    refused(List.of(op("op", "updatePerson", "id", person, "orgUnit", "ingen-enhet")));
    refused(List.of(op("op", "updatePerson", "id", person, "name", "  ")));

    List<Map<String, Object>> audit = auditItems("/api/audit?user=" + editor);
    assertThat(audit.toString()).contains("updatePerson");
  }

  @Test
  void anAllocationFromAPoolIsPublishedAndAStrangerIsRefused() {
    String code = freshCode();
    approve(reviewer, submitted(editor, List.of(create(code, "Med resurs"))));
    long id =
        submitted(
            editor,
            List.of(
                op(
                    "op",
                    "allocate",
                    "code",
                    code,
                    "personId",
                    "linnea-ek",
                    "poolId",
                    "pool-upphandling",
                    "percent",
                    5,
                    "from",
                    "2026-01-01")));
    assertThat(approve(reviewer, id)).containsEntry("state", "APPLIED");
    assertThat(
            get("/api/elements/" + code + "/roles?date=2026-06-01").get("allocations").toString())
        .contains("linnea-ek")
        .contains("pool-upphandling");
    // Not a member of the pool, a pool that does not exist, and no percent.
    refused(
        List.of(
            op(
                "op",
                "allocate",
                "code",
                code,
                "personId",
                "linnea-ek",
                "poolId",
                "pool-hr",
                "percent",
                5)));
    refused(
        List.of(
            op(
                "op",
                "allocate",
                "code",
                code,
                "personId",
                "linnea-ek",
                "poolId",
                "pool-ingen",
                "percent",
                5)));
    refused(
        List.of(
            op(
                "op",
                "allocate",
                "code",
                code,
                "personId",
                "linnea-ek",
                "poolId",
                "pool-upphandling")));
    // Allocations are made to processes, not to process groups.
    refused(
        List.of(
            op(
                "op",
                "allocate",
                "code",
                "3.3.8",
                "personId",
                "linnea-ek",
                "poolId",
                "pool-upphandling",
                "percent",
                5)));
  }

  long appliedVersion(Map<String, Object> change) {
    return ((Number) change.get("appliedVersion")).longValue();
  }

  @Test
  void theModelIsReadAsItWasAtAnEarlierVersionOnEveryReadEndpoint() {
    String code = freshCode();
    String person = "hist-" + suffix + "-" + code.substring(code.lastIndexOf('.') + 1);
    long first =
        appliedVersion(
            approve(
                reviewer,
                submitted(
                    editor,
                    List.of(
                        create(code, "Första namnet " + HOSTILE),
                        create(code + ".1", "Gammal aktivitet")))));
    long second =
        appliedVersion(
            approve(
                reviewer,
                submitted(
                    editor,
                    List.of(
                        op("op", "updateElement", "code", code, "name", "Andra namnet"),
                        op("op", "createPerson", "id", person, "name", "Historisk Ägare"),
                        op(
                            "op",
                            "assignRole",
                            "code",
                            code,
                            "role",
                            "OWNER",
                            "personId",
                            person)))));
    String target = "3.3.9." + code.substring(code.lastIndexOf('.') + 1);
    long third =
        appliedVersion(
            approve(
                reviewer,
                submitted(
                    editor,
                    List.of(
                        op(
                            "op",
                            "moveElement",
                            "code",
                            code,
                            "newParentCode",
                            "3.3.9",
                            "newCode",
                            target)))));
    assertThat(third).isEqualTo(second + 1);

    // Element, children and the roles summary at each version.
    assertThat(element(code + "?version=" + first))
        .containsEntry("name", "Första namnet " + HOSTILE);
    Map<String, Object> atSecond = element(code + "?version=" + second);
    assertThat(atSecond).containsEntry("name", "Andra namnet");
    assertThat(atSecond.get("roles").toString()).contains(person);
    assertThat(element(code + "?version=" + first).get("roles").toString()).doesNotContain(person);
    assertThat(status("/api/elements/" + code)).isEqualTo(404);
    assertThat(status("/api/elements/" + target + "?version=" + second)).isEqualTo(404);
    assertThat(element(target)).containsEntry("name", "Andra namnet");
    assertThat(
            http.toBlocking()
                .retrieve(
                    HttpRequest.GET("/api/elements/" + code + "/children?version=" + first),
                    String.class))
        .contains(code + ".1")
        .contains("Gammal aktivitet");

    // The tree, whole and below a root; search.
    String oldTree =
        http.toBlocking()
            .retrieve(HttpRequest.GET("/api/tree?root=3.3.8&version=" + second), String.class);
    assertThat(oldTree).contains(code).contains("Andra namnet").doesNotContain(target);
    String nowTree =
        http.toBlocking().retrieve(HttpRequest.GET("/api/tree?root=3.3.9"), String.class);
    assertThat(nowTree).contains(target);
    String forest =
        http.toBlocking().retrieve(HttpRequest.GET("/api/tree?version=" + first), String.class);
    assertThat(forest).contains(code + ".1").contains("\"code\":\"1\"");
    assertThat(get("/api/search?q=Första+namnet&version=" + first).toString()).contains(code);
    assertThat(get("/api/search?q=Första+namnet&version=" + second).get("total")).isEqualTo(0);

    // Diagrams and exports, with the version read in the ETag and header.
    var oldSvg =
        http.toBlocking()
            .exchange(
                HttpRequest.GET("/api/diagrams/tree.svg?root=3.3.8&depth=2&version=" + first),
                String.class);
    assertThat(oldSvg.body()).contains("Första namnet").contains("&lt;script&gt;");
    var nowSvg =
        http.toBlocking()
            .exchange(HttpRequest.GET("/api/diagrams/tree.svg?root=3.3.8&depth=2"), String.class);
    assertThat(nowSvg.body()).doesNotContain("Första namnet ");
    assertThat(oldSvg.header("ETag")).isNotEqualTo(nowSvg.header("ETag"));
    var csv =
        http.toBlocking()
            .exchange(HttpRequest.GET("/api/export/csv?root=3.3.8&version=" + first), String.class);
    assertThat(csv.header("X-Model-Version")).isEqualTo(String.valueOf(first));
    assertThat(csv.body()).contains("Första namnet");

    // The roles reports: a gap at the first version, the owner acting as lead at the second.
    Map<String, Object> gapsThen = get("/api/roles/gaps?root=3.3.8&version=" + first);
    assertThat(gapsThen.get("missingOwner").toString()).contains(code);
    Map<String, Object> gapsLater = get("/api/roles/gaps?root=3.3.8&version=" + second);
    assertThat(gapsLater.get("missingOwner").toString()).doesNotContain(code + ",");
    assertThat(gapsLater.get("ownerActsAsLead").toString()).contains(code).contains(person);
    assertThat(get("/api/roles/conflicts?version=" + first)).containsKey("overAllocations");

    // asOf today is the current model.
    String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Stockholm")).toString();
    assertThat(element(target + "?asOf=" + today)).containsEntry("name", "Andra namnet");
  }

  @Test
  void aBadVersionOrDateIs400InSwedishOnEveryVersionedEndpoint() {
    long now = modelVersion();
    Map<String, String> bad = new java.util.LinkedHashMap<>();
    bad.put("version=abc", "Ogiltig modellversion");
    bad.put("version=0", "finns inte");
    bad.put("version=" + (now + 1000), "finns inte");
    bad.put("asOf=2999-01-01", "framtiden");
    bad.put("asOf=1900-01-01", "1900-01-01");
    bad.put("asOf=igår", "Ogiltigt datum");
    bad.put("version=1&asOf=2026-01-01", "inte båda");
    for (String path :
        List.of(
            "/api/tree",
            "/api/elements/3.3",
            "/api/elements/3.3/children",
            "/api/search?q=bygg",
            "/api/diagrams/map.svg",
            "/api/elements/3.3/roles",
            "/api/people/eva-lindqvist",
            "/api/roles/gaps",
            "/api/roles/conflicts",
            "/api/export/csv")) {
      for (Map.Entry<String, String> b : bad.entrySet()) {
        String uri = path + (path.contains("?") ? "&" : "?") + b.getKey();
        HttpClientResponseException e =
            assertThrows(
                HttpClientResponseException.class,
                () -> http.toBlocking().exchange(HttpRequest.GET(uri), String.class),
                uri);
        assertThat(e.getStatus().getCode()).as(uri).isEqualTo(400);
        assertThat(e.getResponse().getContentType().orElseThrow().toString())
            .isEqualTo("application/problem+json");
        assertThat(e.getResponse().getBody(String.class).orElseThrow())
            .as(uri)
            .contains(b.getValue());
      }
    }
  }

  @Test
  void anImportLeavesAnAuditRowPerElementAndPersonItChanged() {
    String code = freshCode();
    String person = "imp-" + suffix + "-" + code.substring(code.lastIndexOf('.') + 1);
    se.processkarta.model.Element e =
        new se.processkarta.model.Element(
            se.processkarta.model.Code.parse(code),
            "Importerad " + HOSTILE,
            null,
            null,
            null,
            se.processkarta.model.ElementStatus.PUBLISHED);
    var applied =
        changeService.importModel(
            "import-test",
            "test-" + suffix,
            "Testimport",
            "hash-" + suffix,
            List.of(se.processkarta.hierarchy.ElementDraft.of(e)),
            new se.processkarta.roles.ModelPeople(
                List.of(),
                List.of(
                    new se.processkarta.model.Person(
                        person, "Importerad Person", null, null, null)),
                List.of(),
                List.of(),
                List.of(),
                List.of()));
    // Read in the test's own thread: @MicronautTest runs the test method in a JDBC transaction,
    // so the import's relational rows are visible here and not to the HTTP server.
    List<AuditEvent> rows = auditLog.page(null, null, null, code, null, 1, 100, null).items();
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).action()).isEqualTo("importElement");
    assertThat(rows.get(0).actor()).isEqualTo("import-test");
    assertThat(rows.get(0).modelVersion()).isEqualTo(applied.version());
    assertThat(rows.get(0).afterJson()).contains("Importerad").contains("alert(1)");
    assertThat(auditRows.findBySubjectOrderByIdAsc(person))
        .extracting(AuditEvent::action)
        .containsExactly("importPerson");
  }

  @Test
  void tooManyOperationsAre422AndAHugeBodyIs413() {
    List<Map<String, Object>> many = new ArrayList<>();
    Map<String, Object> one = op("op", "retireElement", "code", "3.3.8");
    for (int i = 0; i < 100_000; i++) {
      many.add(one);
    }
    HttpClientResponseException e =
        fails(
            editor, HttpRequest.POST("/api/changes", Map.of("title", "Stor", "operations", many)));
    assertThat(e.getStatus().getCode()).isEqualTo(422);
    String huge = "x".repeat(20 * 1024 * 1024);
    HttpClientResponseException big =
        fails(editor, HttpRequest.POST("/api/changes", Map.of("title", huge)));
    assertThat(big.getStatus().getCode()).isEqualTo(413);
  }

  @Test
  void twentyConcurrentReviewersPublishTwentyChangesWithGaplessVersions() throws Exception {
    List<Long> ids = new ArrayList<>();
    List<String> reviewers = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      ids.add(submitted(editor, List.of(create(freshCode(), "Samtidig " + i))));
      reviewers.add(i % 2 == 0 ? reviewer : owner);
    }
    ExecutorService pool = Executors.newFixedThreadPool(20);
    try {
      List<Future<Map<String, Object>>> results = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        long id = ids.get(i);
        String who = reviewers.get(i);
        results.add(pool.submit(() -> approve(who, id)));
      }
      TreeSet<Long> versions = new TreeSet<>();
      for (Future<Map<String, Object>> f : results) {
        Map<String, Object> c = f.get();
        assertThat(c).containsEntry("state", "APPLIED");
        versions.add(((Number) c.get("appliedVersion")).longValue());
      }
      assertThat(versions).hasSize(20);
      assertThat(versions.last() - versions.first()).isEqualTo(19);
    } finally {
      pool.shutdownNow();
    }
  }

  /** The lines of one page of the audit API (a page: page, size, total and items). */
  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> auditItems(String uri) {
    Map<String, Object> page =
        http.toBlocking()
            .retrieve(
                HttpRequest.GET(uri).basicAuth(reviewer, PASSWORD),
                Argument.mapOf(String.class, Object.class));
    return (List<Map<String, Object>>) page.get("items");
  }

  @Test
  @SuppressWarnings("unchecked")
  void theAuditLogPagesNewestFirstAndFiltersByChange() {
    String code = freshCode();
    long id = submitted(editor, List.of(create(code, "Loggad")));
    approve(reviewer, id);
    // A reviewer asking for the audit of a change made today finds it first, not the seed import.
    Map<String, Object> first =
        http.toBlocking()
            .retrieve(
                HttpRequest.GET("/api/audit?size=5").basicAuth(reviewer, PASSWORD),
                Argument.mapOf(String.class, Object.class));
    assertThat(first).containsEntry("page", 1).containsEntry("size", 5);
    assertThat(((Number) first.get("total")).longValue()).isGreaterThan(5);
    List<Map<String, Object>> items = (List<Map<String, Object>>) first.get("items");
    assertThat(items).hasSize(5);
    List<Long> ids = items.stream().map(m -> ((Number) m.get("id")).longValue()).toList();
    assertThat(ids).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    List<Map<String, Object>> ofChange = auditItems("/api/audit?changeId=" + id);
    assertThat(ofChange)
        .isNotEmpty()
        .allSatisfy(m -> assertThat(m).containsEntry("changeId", (int) id));
    assertThat(ofChange.toString()).contains(code);
    Map<String, Object> second =
        http.toBlocking()
            .retrieve(
                HttpRequest.GET("/api/audit?size=5&page=2").basicAuth(reviewer, PASSWORD),
                Argument.mapOf(String.class, Object.class));
    List<Map<String, Object>> next = (List<Map<String, Object>>) second.get("items");
    assertThat(((Number) next.get(0).get("id")).longValue()).isLessThan(ids.get(4));
    assertThat(status("/api/audit?size=0", reviewer)).isEqualTo(400);
    assertThat(status("/api/audit?page=0", reviewer)).isEqualTo(400);
    assertThat(status("/api/audit?order=sideways", reviewer)).isEqualTo(400);
  }
}
