package se.processkarta.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.processkarta.SharedGraph;
import se.processkarta.changes.Actor;
import se.processkarta.changes.ChangeService;
import se.processkarta.changes.ChangeState;
import se.processkarta.changes.Operation;
import se.processkarta.changes.Permission;
import se.processkarta.changes.Users;

/**
 * Browser sessions are checked against the user store on every request (issue 20): a user who is
 * disabled, demoted, given a new password or logged out is refused on the very next request with
 * the cookie they had; the CSRF token belongs to the session, so a planted cookie with a matching
 * field is refused; a READER cannot read or comment on change requests in the pages, as in the API.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionsIT implements SharedGraph {

  static final String PASSWORD = "ett-långt-lösenord-för-sessioner";

  @Inject EmbeddedServer server;
  @Inject Users users;
  @Inject ChangeService changes;

  private final String suffix = Long.toString(System.nanoTime() % 1_000_000, 36);
  private int next;

  @BeforeAll
  void admin() {
    // The last-owner rule would refuse demoting the only owner: make sure there is another.
    users.create("s-owner-" + suffix, PASSWORD, null, List.of("MODEL_OWNER"));
  }

  private String user(String permission) {
    String name = "s-" + (next++) + "-" + suffix;
    users.create(name, PASSWORD, name, List.of(permission));
    return name;
  }

  private PageBrowser browser() {
    return new PageBrowser(server.getURL().toString(), PASSWORD);
  }

  /** The change list, which needs a signed-in editor. */
  private static boolean signedInAsEditor(PageBrowser b, String name) throws Exception {
    HttpResponse<String> r = b.get("/andringar");
    return r.statusCode() == 200 && r.body().contains(name);
  }

  private String sessionCookie(PageBrowser b) {
    return ((java.net.CookieManager) b.client.cookieHandler().orElseThrow())
        .getCookieStore().getCookies().stream()
            .filter(c -> c.getName().equals("pk_session"))
            .map(java.net.HttpCookie::getValue)
            .findFirst()
            .orElseThrow();
  }

  private static Operation rename(String code, String name) {
    return new Operation(
        "updateElement",
        code,
        null,
        null,
        null,
        name,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  @Test
  void aDisabledUsersSessionEndsAtOnce() throws Exception {
    String name = user("MODEL_EDITOR");
    PageBrowser b = browser().login(name);
    assertThat(signedInAsEditor(b, name)).isTrue();
    String token = b.token("/andringar/ny");
    users.update(name, null, true, null, null);
    assertThat(signedInAsEditor(b, name)).isFalse();
    HttpResponse<String> r =
        b.post(
            "/andringar",
            Map.of("_csrf", token, "title", "Avstängd", "op", "createElement", "code", "3.3.8.1"));
    // Refused: the browser, no longer signed in, is sent to sign in (it was a 401 before the
    // pages sent browsers there).
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(r.headers().firstValue("Location")).hasValue("/logga-in");
  }

  @Test
  void aDemotedReviewerCannotApproveWithTheOldCookie() throws Exception {
    String editor = user("MODEL_EDITOR");
    String reviewer = user("MODEL_REVIEWER");
    var change =
        changes.create(
            Actor.with(editor, Permission.MODEL_EDITOR),
            "Degradering " + suffix,
            null,
            List.of(rename("3.3", "Namn " + suffix)));
    changes.submit(Actor.with(editor, Permission.MODEL_EDITOR), change.id());
    PageBrowser b = browser().login(reviewer);
    String page = "/andringar/" + change.id();
    String token = b.token(page);
    users.update(reviewer, List.of("READER"), null, null, null);
    HttpResponse<String> r = b.post(page + "/godkann", Map.of("_csrf", token));
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(changes.get(change.id()).state()).isEqualTo(ChangeState.SUBMITTED);
    changes.withdraw(Actor.with(editor, Permission.MODEL_EDITOR), change.id());
  }

  @Test
  void aNewPasswordEndsTheSessions() throws Exception {
    String name = user("MODEL_EDITOR");
    PageBrowser b = browser().login(name);
    assertThat(signedInAsEditor(b, name)).isTrue();
    users.update(name, null, null, null, "ett-helt-nytt-lösenord");
    assertThat(signedInAsEditor(b, name)).isFalse();
  }

  @Test
  void afterLogoutTheOldCookieIsWorthNothing() throws Exception {
    String name = user("MODEL_EDITOR");
    PageBrowser b = browser().login(name);
    String cookie = sessionCookie(b);
    assertThat(b.post("/logga-ut", Map.of("_csrf", b.token("/andringar"))).statusCode())
        .isEqualTo(303);
    HttpResponse<String> replay =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(server.getURL() + "/andringar"))
                    .header("Accept", "text/html")
                    .header("Cookie", "pk_session=" + cookie)
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(replay.statusCode()).isNotEqualTo(200);
    assertThat(replay.body()).doesNotContain(name);
  }

  @Test
  void eachLoginGetsANewSessionIdAndANewToken() throws Exception {
    String name = user("MODEL_EDITOR");
    PageBrowser b = browser();
    String before = b.token("/logga-in");
    b.login(name);
    String first = sessionCookie(b);
    String during = b.token("/andringar");
    assertThat(during).isNotEqualTo(before);
    b.login(name);
    assertThat(sessionCookie(b)).isNotEqualTo(first);
    assertThat(b.token("/andringar")).isNotEqualTo(during);
  }

  @Test
  void aPlantedCsrfCookieWithAMatchingFieldIsRefused() throws Exception {
    String name = user("MODEL_EDITOR");
    String planted = "attacker-chosen-token-0123456789abcdef";
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(server.getURL() + "/logga-in"))
                    .header("Accept", "text/html")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Cookie", "pk_csrf=" + planted)
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "username=" + name + "&password=" + PASSWORD + "&_csrf=" + planted))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(r.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("pk_session="));
  }

  @Test
  void aReaderCannotReadOrCommentOnChangeRequestsInThePages() throws Exception {
    String editor = user("MODEL_EDITOR");
    String reader = user("READER");
    var change =
        changes.create(
            Actor.with(editor, Permission.MODEL_EDITOR),
            "Läses inte " + suffix,
            null,
            List.of(rename("3.3", "Läsare " + suffix)));
    PageBrowser b = browser().login(reader);
    String page = "/andringar/" + change.id();
    assertThat(b.get(page).statusCode()).isEqualTo(403);
    assertThat(b.get("/andringar").statusCode()).isEqualTo(403);
    assertThat(
            b.post(page + "/kommentarer", Map.of("_csrf", b.token("/"), "body", "Hej"))
                .statusCode())
        .isEqualTo(403);
    assertThat(changes.get(change.id()).comments()).isEmpty();
  }
}
