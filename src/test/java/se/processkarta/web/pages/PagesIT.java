package se.processkarta.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.processkarta.SharedGraph;
import se.processkarta.changes.Actor;
import se.processkarta.changes.ChangeService;
import se.processkarta.changes.Permission;
import se.processkarta.changes.Users;

/**
 * The pages over real HTTP against the seeded model: Swedish HTML with a strict policy, the error
 * page, login with the session cookie, CSRF on every form, and the four-eyes change flow driven
 * through the forms.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesIT implements SharedGraph {

  static final String PASSWORD = "ett-långt-lösenord-för-test";
  static final String HOSTILE = "Process <script>alert(1)</script> & \"citat\" 'enkla' åäö";
  private static final AtomicInteger NEXT = new AtomicInteger(700);

  @Inject EmbeddedServer server;
  @Inject Users users;
  @Inject ChangeService changes;

  private final String suffix = Long.toString(System.nanoTime() % 1_000_000, 36);
  private String editor;
  private String reviewer;
  private String reader;
  private String owner;

  @BeforeAll
  void users() {
    editor = user("redaktor-" + suffix, "MODEL_EDITOR");
    reviewer = user("granskare-" + suffix, "MODEL_REVIEWER");
    reader = user("lasare-" + suffix, "READER");
    owner = user("ansvarig-" + suffix, "MODEL_OWNER");
  }

  private String user(String name, String permission) {
    users.create(name, PASSWORD, name, List.of(permission));
    return name;
  }

  /** A browser on this test's server (see {@link PageBrowser}). */
  final class Browser extends PageBrowser {
    Browser() {
      super(server.getURL().toString(), PASSWORD);
    }

    @Override
    Browser login(String name) throws IOException, InterruptedException {
      super.login(name);
      return this;
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/",
        "/processer",
        "/processer/3.5.2.1",
        "/personer/anna-lind",
        "/personer/anna-lind?version=1",
        "/processer/3.1.5.1?version=1",
        "/luckor",
        "/luckor?omrade=3.5",
        "/sok?q=f%C3%B6rskola",
        "/logga-in"
      })
  void everyPageIsSwedishHtmlUnderAStrictPolicy(String path) throws Exception {
    HttpResponse<String> r = new Browser().get(path);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
    String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertThat(csp).contains("default-src 'self'").doesNotContain("unsafe");
    assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    String body = r.body();
    assertThat(body)
        .contains("<html lang=\"sv\"")
        .contains("<main id=\"main\"")
        .contains("href=\"#main\"")
        .doesNotContain("??")
        .doesNotContain(" style=\"")
        .doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>");
  }

  @Test
  void anElementPageShowsRolesDiagramsExportsAndTheBpmnOfAProcess() throws Exception {
    String body = new Browser().get("/processer/3.5.2.1").body();
    assertThat(body)
        .contains("Placera barn i förskola")
        .contains("Processägare")
        .contains("href=\"/personer/camilla-nordin\"")
        .contains("Jenny Persson")
        .contains("/api/diagrams/map.svg?root=3.5.2.1")
        .contains("/api/diagrams/tree.pdf?root=3.5.2.1")
        .contains("/api/export/bpmn?root=3.5.2.1")
        .contains("/api/export/xlsx?root=3.5.2.1")
        .contains("Historik");
    assertThat(body).doesNotContain("Föreslå ändring");
  }

  @Test
  void theStartPageInlinesTheClickableMap() throws Exception {
    String body = new Browser().get("/").body();
    assertThat(body).contains("<svg").contains("/processer/3").doesNotContain("<?xml");
  }

  @Test
  void errorsAreSwedishPagesForBrowsersAndProblemsForTheApi() throws Exception {
    HttpResponse<String> missing = new Browser().get("/processer/9.9");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
    assertThat(missing.body())
        .contains("<html lang=\"sv\"")
        .contains("Det finns inget element med koden 9.9")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    HttpResponse<String> bad = new Browser().get("/processer/%3Cscript%3E");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).doesNotContain("<script>").contains("&lt;script&gt;");
    HttpResponse<String> api = new Browser().get("/api/elements/9.9");
    assertThat(api.statusCode()).isEqualTo(404);
    assertThat(api.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
  }

  @Test
  void loginGivesAnHttpOnlyLaxSessionCookieAndLogoutEndsIt() throws Exception {
    Browser b = new Browser();
    HttpResponse<String> r =
        b.post(
            "/logga-in",
            Map.of("username", editor, "password", PASSWORD, "_csrf", b.token("/logga-in")));
    assertThat(r.statusCode()).isEqualTo(303);
    String cookie =
        r.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("pk_session="))
            .findFirst()
            .orElseThrow();
    assertThat(cookie.toLowerCase()).contains("httponly").contains("samesite=lax");
    assertThat(b.get("/").body()).contains(editor);
    HttpResponse<String> out = b.post("/logga-ut", Map.of("_csrf", b.token("/")));
    assertThat(out.statusCode()).isEqualTo(303);
    assertThat(b.get("/").body()).doesNotContain(editor);
  }

  @Test
  void aWrongPasswordSendsBackToTheFormWithoutSayingWhy() throws Exception {
    Browser b = new Browser();
    HttpResponse<String> r =
        b.post(
            "/logga-in",
            Map.of("username", editor, "password", "fel", "_csrf", b.token("/logga-in")));
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(r.headers().firstValue("Location")).hasValue("/logga-in?fel=1");
  }

  @Test
  void aFormWithoutTheBrowsersTokenIsRefused() throws Exception {
    Browser b = new Browser();
    b.get("/logga-in"); // the cookie, but not the token
    HttpResponse<String> none =
        b.post("/logga-in", Map.of("username", editor, "password", PASSWORD));
    assertThat(none.statusCode()).isEqualTo(403);
    assertThat(none.body()).contains("Formuläret har gått ut");
    HttpResponse<String> forged =
        b.post(
            "/logga-in", Map.of("username", editor, "password", PASSWORD, "_csrf", "x".repeat(43)));
    assertThat(forged.statusCode()).isEqualTo(403);
  }

  @Test
  void aReaderSeesNoEditControlsAndIsRefusedWhenPostingDirectly() throws Exception {
    Browser b = new Browser().login(reader);
    assertThat(b.get("/processer/3.5.2.1").body()).doesNotContain("Föreslå ändring");
    String token = b.token("/");
    HttpResponse<String> r =
        b.post(
            "/andringar",
            Map.of(
                "_csrf", token, "title", "Nej", "op", "updateElement", "code", "3", "name", "X"));
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
    // Not signed in, a browser is sent to sign in and back (it was a 401 with a password dialog).
    HttpResponse<String> anonymous = new Browser().get("/andringar");
    assertThat(anonymous.statusCode()).isEqualTo(303);
    assertThat(anonymous.headers().firstValue("Location")).hasValue("/logga-in?next=%2Fandringar");
  }

  @Test
  void theHeaderNamesTheSignedInPersonByTheirNameNotTheirUserName() throws Exception {
    String name = "visning-" + suffix;
    users.create(name, PASSWORD, "Anna <Metod> & Ö'Berg", List.of("MODEL_EDITOR"));
    String page = new Browser().login(name).get("/").body();
    assertThat(page)
        // The apostrophe too: a second interpolation once read it as a quote and dropped it.
        .contains("Inloggad som Anna &lt;Metod&gt; &amp; Ö&#39;Berg")
        .doesNotContain("Inloggad som " + name);
    // The menu leads to the assignments waiting for approval, and to the public versions.
    assertThat(page).contains("href=\"/uppdrag/att-godkanna\"").contains("href=\"/versioner\"");
    assertThat(new Browser().get("/").body())
        .contains("href=\"/versioner\"")
        .doesNotContain("href=\"/uppdrag/att-godkanna\"");
  }

  @Test
  void signingInReturnsToThePageThatAskedForItAndOnlyToAPageHere() throws Exception {
    Browser b = new Browser();
    HttpResponse<String> asked = b.get("/andringar?status=SUBMITTED");
    assertThat(asked.headers().firstValue("Location"))
        .hasValue("/logga-in?next=%2Fandringar%3Fstatus%3DSUBMITTED");
    String form = b.get(asked.headers().firstValue("Location").orElseThrow()).body();
    assertThat(form).contains("name=\"next\" value=\"/andringar?status=SUBMITTED\"");
    HttpResponse<String> in =
        b.post(
            "/logga-in",
            Map.of(
                "username",
                editor,
                "password",
                PASSWORD,
                "next",
                "/andringar?status=SUBMITTED",
                "_csrf",
                b.token("/logga-in")));
    assertThat(in.headers().firstValue("Location")).hasValue("/andringar?status=SUBMITTED");
    for (String elsewhere :
        List.of("//evil.example/", "https://evil.example/", "/\\evil.example", "andringar")) {
      Browser c = new Browser();
      HttpResponse<String> out =
          c.post(
              "/logga-in",
              Map.of(
                  "username",
                  editor,
                  "password",
                  PASSWORD,
                  "next",
                  elsewhere,
                  "_csrf",
                  c.token("/logga-in")));
      assertThat(out.headers().firstValue("Location")).as(elsewhere).hasValue("/");
    }
    // A refusal keeps where to go.
    Browser d = new Browser();
    HttpResponse<String> wrong =
        d.post(
            "/logga-in",
            Map.of(
                "username",
                editor,
                "password",
                "fel",
                "next",
                "/andringar",
                "_csrf",
                d.token("/logga-in")));
    assertThat(wrong.headers().firstValue("Location"))
        .hasValue("/logga-in?fel=1&next=%2Fandringar");
    // The API keeps its 401 and challenge for scripts; the published versions are public.
    HttpResponse<String> api = new Browser().get("/api/me");
    assertThat(api.statusCode()).isEqualTo(401);
    assertThat(api.headers().firstValue("WWW-Authenticate")).isPresent();
    assertThat(new Browser().get("/versioner").statusCode()).isEqualTo(200);
  }

  @Test
  void anEditorDraftsAndSubmitsAndAnotherReviewerApprovesButNeverTheAuthor() throws Exception {
    String code = "3.3.8." + NEXT.getAndIncrement();
    Browser ed = new Browser().login(editor);
    assertThat(ed.get("/processer/3.3.8").body()).contains("Föreslå ändring");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("_csrf", ed.token("/andringar/ny?kod=3.3.8"));
    form.put("title", "Ny process " + suffix);
    form.put("motivation", "För att testa sidorna");
    form.put("op", "createElement");
    form.put("parentCode", "3.3.8");
    form.put("code", code);
    form.put("name", HOSTILE);
    HttpResponse<String> created = ed.post("/andringar", form);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
    String location = created.headers().firstValue("Location").orElseThrow();
    // Every step lands on the change with a confirmation of what was done, which takes the focus.
    assertThat(location).matches("/andringar/\\d+\\?klart=utkast");
    String page = location.substring(0, location.indexOf('?'));
    assertThat(ed.get(location).body())
        .contains("id=\"confirmation\" class=\"confirmation\" role=\"status\" tabindex=\"-1\"")
        .contains("Utkastet är sparat");
    assertThat(ed.get(page).body()).doesNotContain("id=\"confirmation\"");
    String draft = ed.get(page).body();
    assertThat(draft).contains("Utkast").contains("/api/changes/").contains("diff.svg");
    assertThat(draft).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");
    // The diff table in words: labelled fields, the new values marked, no raw property maps.
    assertThat(draft)
        .contains("<td>Namn</td>")
        .contains("<ins>Process &lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("<td>Status</td>")
        .contains("Lägg till process eller aktivitet")
        .doesNotContain("{code=")
        .doesNotContain("name=Process");
    assertThat(ed.post(page + "/skicka", Map.of("_csrf", ed.token(page))).statusCode())
        .isEqualTo(303);
    String submitted = ed.get(page).body();
    assertThat(submitted).contains("Skickad på granskning").doesNotContain("approve-change");
    // The author cannot approve, even by posting directly.
    assertThat(ed.post(page + "/godkann", Map.of("_csrf", ed.token(page))).statusCode())
        .isEqualTo(403);

    Browser rv = new Browser().login(reviewer);
    assertThat(rv.get("/andringar").body()).contains("Ny process " + suffix);
    // The menu counts what waits for the reviewer; the author, who may not review it, sees none.
    assertThat(rv.get("/").body())
        .containsPattern("id=\"waiting-changes\">[1-9][0-9]*<span class=\"visually-hidden\">");
    assertThat(ed.get("/").body()).doesNotContain("waiting-changes");
    String review = rv.get(page).body();
    assertThat(review).contains("approve-change");
    // One comment box for the decision; rejecting posts the same form to its own address.
    assertThat(review.split("name=\"comment\"", -1)).hasSize(2);
    assertThat(review).contains("formaction=\"" + page + "/avvisa\"");
    // A comment says when it was written.
    rv.post(page + "/kommentarer", Map.of("_csrf", rv.token(page), "body", "Ser bra ut"));
    assertThat(rv.get(page).body())
        .containsPattern(
            "<time datetime=\"[^\"]+\">20\\d\\d-\\d\\d-\\d\\d \\d\\d:\\d\\d</time><p>Ser bra ut</p>");
    HttpResponse<String> approved =
        rv.post(page + "/godkann", Map.of("_csrf", rv.token(page), "comment", "Bra"));
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(303);
    assertThat(approved.headers().firstValue("Location")).hasValue(page + "?klart=godkand");
    assertThat(rv.get(page + "?klart=godkand").body())
        .contains("Publicerad")
        .contains("Ändringen är godkänd och publicerad");
    String element = new Browser().get("/processer/" + code).body();
    assertThat(element)
        .contains("Process &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;citat&quot;")
        .doesNotContain("<script>alert(1)</script>");
  }

  /** Drafts, submits and approves one operation through the service; the version it published. */
  private long publish(Map<String, String> op) {
    Actor author = Actor.with(editor, Permission.MODEL_EDITOR);
    long id =
        changes
            .create(author, "Versionstest " + suffix, "test", List.of(TestOperations.of(op)))
            .id();
    changes.submit(author, id);
    return changes
        .approve(Actor.with(reviewer, Permission.MODEL_REVIEWER), id, "ok")
        .appliedVersion();
  }

  @Test
  void anElementPageShowsTheModelAsItWasUnderABannerAndTiesABadValueToItsField() throws Exception {
    String code = "3.3.8." + NEXT.getAndIncrement();
    long first =
        publish(
            Map.of(
                "op",
                "createElement",
                "parentCode",
                "3.3.8",
                "code",
                code,
                "name",
                "Gammalt namn " + HOSTILE));
    publish(Map.of("op", "updateElement", "code", code, "name", "Nytt namn " + suffix));
    Browser b = new Browser();
    HttpResponse<String> then = b.get("/processer/" + code + "?version=" + first);
    assertThat(then.statusCode()).as(then.body()).isEqualTo(200);
    assertThat(then.body())
        .contains("Du ser modellen som den var i version " + first + ", publicerad ")
        .contains("Gammalt namn Process &lt;script&gt;")
        .doesNotContain("Nytt namn " + suffix)
        .doesNotContain("<script>alert(1)</script>")
        .contains("href=\"/processer/" + code + "\">Tillbaka till dagens modell")
        .contains("/api/diagrams/map.svg?root=" + code + "&amp;version=" + first)
        .contains("/api/export/csv?root=" + code + "&amp;version=" + first);
    String now = b.get("/processer/" + code).body();
    assertThat(now).contains("Nytt namn " + suffix).doesNotContain("as-of-banner");
    // The history names each change's operation in Swedish.
    assertThat(now)
        .contains("<td>Lägg till process eller aktivitet</td>")
        .contains("<td>Byt namn eller ändra beskrivning</td>")
        .doesNotContain("operation 0");
    assertThat(now).contains("id=\"as-of-date\"").contains("name=\"asOf\"");
    String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Stockholm")).toString();
    assertThat(b.get("/processer/" + code + "?asOf=" + today).body())
        .contains("as-of-banner")
        .contains("Nytt namn " + suffix);

    HttpResponse<String> badDate = b.get("/processer/" + code + "?asOf=ig%C3%A5r");
    assertThat(badDate.statusCode()).isEqualTo(400);
    assertThat(badDate.body())
        .contains("Ogiltigt datum")
        .contains("aria-describedby=\"as-of-date-error\"")
        .contains("id=\"as-of-date-error\"")
        .contains("value=\"igår\"")
        .doesNotContain("as-of-banner");
    HttpResponse<String> badVersion = b.get("/processer/" + code + "?version=99999999");
    assertThat(badVersion.statusCode()).isEqualTo(400);
    assertThat(badVersion.body())
        .contains("finns inte")
        .contains("aria-describedby=\"as-of-version-error\"");
  }

  @Test
  void aPastVersionShowsTheWholeRolesPictureAndThePeopleAsTheyWere() throws Exception {
    // Version 1 is the seed: whatever later tests changed, 3.1.5.1 had then its seed team.
    Browser b = new Browser();
    HttpResponse<String> element = b.get("/processer/3.1.5.1?version=1");
    assertThat(element.statusCode()).as(element.body()).isEqualTo(200);
    assertThat(element.body())
        .contains("as-of-banner")
        // owner, effective lead, reporting chain, team with competences, pools, steering group
        .contains("href=\"/personer/erik-johansson?version=1\"")
        .contains("href=\"/personer/robert-bjorklund?version=1\"")
        .contains("href=\"/personer/cecilia-wallin?version=1\"")
        .contains("Bygglovshandläggning")
        .contains("Juridik")
        .contains("Handläggare bygglov")
        .contains("Styrgrupp e-tjänst för bygglov")
        .contains("href=\"/processer/3.1.5?version=1\"")
        .doesNotContain("Antal medlemmar");
    // The drawings in the page lead to the same version: every box's link keeps it.
    String drawings = element.body().substring(element.body().indexOf("data-diagram"));
    assertThat(drawings).contains("xlink:href=\"/processer/3.1.5.1?version=1\"");
    assertThat(drawings).doesNotContainPattern("href=\"/processer/[0-9.]+\"");

    HttpResponse<String> person = b.get("/personer/sanna-makinen?version=1");
    assertThat(person.statusCode()).as(person.body()).isEqualTo(200);
    assertThat(person.body())
        .contains("as-of-banner")
        .contains("href=\"/personer/sanna-makinen\">Tillbaka till dagens modell")
        .contains("href=\"/processer/3.1.5.1?version=1\"")
        .contains("Rapporterar till")
        .contains("Styrgrupp e-tjänst för bygglov")
        .contains("Handläggare bygglov")
        .contains("/api/diagrams/person/sanna-makinen.svg?version=1")
        .contains("id=\"as-of-version\"")
        // The person card is drawn in the page, not an image, its boxes links on the version.
        .contains("id=\"person-card\"")
        .doesNotContain("<img");
    String card = person.body().substring(person.body().indexOf("id=\"person-card\""));
    assertThat(card).contains("<svg").contains("xlink:href=\"/processer/3.1.5.1?version=1\"");
    assertThat(card).doesNotContainPattern("href=\"/processer/[0-9.]+\"");
    HttpResponse<String> today = b.get("/personer/sanna-makinen");
    assertThat(today.body()).doesNotContain("as-of-banner").contains("Rapporterar till");
    HttpResponse<String> bad = b.get("/personer/sanna-makinen?asOf=1900-01-01");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body())
        .contains("aria-describedby=\"as-of-date-error\"")
        .doesNotContain("as-of-banner");
  }

  @Test
  void anEditorImportsAFileIntoAChangeAndSeesRefusedRowsAtTheFileField() throws Exception {
    assertThat(new Browser().login(reader).get("/importera").statusCode()).isEqualTo(403);
    Browser ed = new Browser().login(editor);
    HttpResponse<String> page = ed.get("/importera");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("enctype=\"multipart/form-data\"")
        .contains("Importera en modell")
        .contains("href=\"/importera\"");
    String header = ed.get("/api/export/csv?root=3.3.8").body().lines().findFirst().orElseThrow();
    String code = "3.3.8." + NEXT.getAndIncrement();
    String token = ed.token("/importera");

    byte[] good =
        (header + "\r\n" + code + ";4;Importerad " + HOSTILE.replace("\"", "\"\"") + ";;;;;;;\r\n")
            .getBytes(StandardCharsets.UTF_8);
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("_csrf", token);
    fields.put("format", "csv");
    fields.put("root", "3.3.8");
    HttpResponse<String> created = ed.upload("/importera", fields, good);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
    String change = created.headers().firstValue("Location").orElseThrow();
    assertThat(change).matches("/andringar/\\d+");
    assertThat(ed.get(change).body())
        .contains(code)
        .contains("Importerad Process &lt;script&gt;")
        .doesNotContain("<script>alert(1)</script>");

    byte[] bad =
        (header + "\r\n" + code + ".1.1.1;5;Sex nivåer;;;;;;;\r\n")
            .getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> refused = ed.upload("/importera", fields, bad);
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body())
        .contains("Rad 2")
        .contains("id=\"import-file-errors\"")
        .contains("aria-describedby=\"import-file-help import-file-errors\"")
        .contains("aria-invalid=\"true\"")
        .contains("value=\"3.3.8\"")
        .doesNotContain("Exception");

    Map<String, String> badRoot = new LinkedHashMap<>(fields);
    badRoot.put("root", "9.9");
    HttpResponse<String> noRoot = ed.upload("/importera", badRoot, good);
    assertThat(noRoot.statusCode()).isEqualTo(400);
    assertThat(noRoot.body())
        .contains("id=\"import-root-error\"")
        .contains("Det finns inget element med koden 9.9");

    Map<String, String> forged = new LinkedHashMap<>(fields);
    forged.put("_csrf", "x".repeat(43));
    assertThat(ed.upload("/importera", forged, good).statusCode()).isEqualTo(403);
    assertThat(new Browser().login(reader).upload("/importera", fields, good).statusCode())
        .isEqualTo(403);
  }

  @Test
  void reviewersSeeTheVersionsAndTheAuditLogFilteredAndPagedAndOthersAreRefused() throws Exception {
    String code = "3.3.8." + NEXT.getAndIncrement();
    long version =
        publish(
            Map.of("op", "createElement", "parentCode", "3.3.8", "code", code, "name", HOSTILE));
    // The published versions are public, as /api/versions is; the audit log is the reviewers'.
    assertThat(new Browser().login(editor).get("/versioner").statusCode()).isEqualTo(200);
    assertThat(new Browser().login(editor).get("/granskningslogg").statusCode()).isEqualTo(403);
    assertThat(new Browser().get("/granskningslogg").statusCode()).isEqualTo(303);

    Browser rv = new Browser().login(reviewer);
    String versions = rv.get("/versioner?anvandare=" + editor).body();
    assertThat(versions)
        .contains("Publicerade versioner")
        .contains("<td>" + version + "</td>")
        .contains("href=\"/versioner\"")
        .contains("href=\"/granskningslogg\"");
    HttpResponse<String> log = rv.get("/granskningslogg?kod=" + code);
    assertThat(log.statusCode()).isEqualTo(200);
    assertThat(log.body())
        .contains("id=\"audit-table\"")
        .contains("Lägg till process eller aktivitet")
        .contains("<td>" + code + "</td>")
        .contains("Antal träffar: 1")
        .doesNotContain("<script>alert(1)</script>");
    // Unfiltered, the newest lines come first: the change just published is on the first page,
    // although the seed import alone wrote more than the 1,000 lines the page reads.
    assertThat(rv.get("/granskningslogg").body()).contains("<td>" + code + "</td>");
    assertThat(rv.get("/granskningslogg?kod=" + code + "&anvandare=ingen-alls").body())
        .contains("Antal träffar: 0")
        .contains("Inga rader matchar filtret.");

    HttpResponse<String> badDate = rv.get("/granskningslogg?fran=31-12-2026&kod=" + code);
    assertThat(badDate.statusCode()).isEqualTo(400);
    assertThat(badDate.body())
        .contains("aria-describedby=\"filter-from-error\"")
        .contains("id=\"filter-from-error\"")
        .contains("31-12-2026");
    HttpResponse<String> badCode = rv.get("/granskningslogg?kod=%3Cscript%3E");
    assertThat(badCode.statusCode()).isEqualTo(400);
    assertThat(badCode.body()).contains("id=\"filter-code-error\"").doesNotContain("<script>");
    assertThat(rv.get("/versioner?sida=999999").statusCode()).isEqualTo(400);
  }

  @Test
  void theModelOwnerCreatesAUserChangesThePermissionAndDisablesTheAccount() throws Exception {
    assertThat(new Browser().login(reviewer).get("/anvandare").statusCode()).isEqualTo(403);
    Browser ow = new Browser().login(owner);
    HttpResponse<String> page = ow.get("/anvandare");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Användare och behörigheter").contains(editor);
    String name = "ny-" + suffix;
    Map<String, String> form = new LinkedHashMap<>();
    form.put("_csrf", ow.token("/anvandare"));
    form.put("username", name);
    form.put("displayName", HOSTILE);
    form.put("password", "kort");
    form.put("permission", "MODEL_EDITOR");
    HttpResponse<String> tooShort = ow.post("/anvandare", form);
    assertThat(tooShort.statusCode()).isEqualTo(400);
    assertThat(tooShort.body())
        .contains("id=\"new-password-error\"")
        .contains("aria-describedby=\"new-password-help new-password-error\"")
        .contains("value=\"" + name + "\"")
        .doesNotContain("<script>alert(1)</script>");
    form.put("password", PASSWORD);
    assertThat(ow.post("/anvandare", form).statusCode()).isEqualTo(303);
    HttpResponse<String> again = ow.post("/anvandare", form);
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("id=\"new-username-error\"").contains("finns redan");
    assertThat(ow.get("/anvandare").body())
        .contains("<td>" + name + "</td>")
        .contains("Process &lt;script&gt;");
    new Browser().login(name);

    String token = ow.token("/anvandare");
    assertThat(
            ow.post(
                    "/anvandare/" + name + "/behorighet",
                    Map.of("_csrf", token, "permission", "MODEL_REVIEWER"))
                .statusCode())
        .isEqualTo(303);
    assertThat(users.get(name).permissions()).contains("MODEL_REVIEWER");
    assertThat(
            ow.post("/anvandare/" + name + "/konto", Map.of("_csrf", token, "disabled", "true"))
                .statusCode())
        .isEqualTo(303);
    assertThat(users.get(name).disabled()).isTrue();
    assertThat(ow.get("/anvandare").body()).contains("Avstängt");
    // Not one's own account, and nothing without the token.
    assertThat(
            ow.post("/anvandare/" + owner + "/konto", Map.of("_csrf", token, "disabled", "true"))
                .statusCode())
        .isEqualTo(400);
    assertThat(ow.post("/anvandare/" + name + "/konto", Map.of("disabled", "false")).statusCode())
        .isEqualTo(403);
    assertThat(users.get(name).disabled()).isTrue();
  }

  @Test
  void aRefusedOperationComesBackWithItsReasonAtTheFieldAndTheValuesKept() throws Exception {
    Browser ed = new Browser().login(editor);
    Map<String, String> form = new LinkedHashMap<>();
    form.put("_csrf", ed.token("/andringar/ny?kod=3.5.2"));
    form.put("title", "Finns redan " + suffix);
    form.put("motivation", HOSTILE);
    form.put("op", "createElement");
    form.put("parentCode", "3.5.2");
    form.put("code", "3.5.2.1");
    form.put("name", "Dubblett");
    HttpResponse<String> taken = ed.post("/andringar", form);
    assertThat(taken.statusCode()).as(taken.body()).isIn(409, 422);
    assertThat(taken.body())
        .contains("id=\"f-code-error\"")
        .contains("aria-describedby=\"f-code-help f-code-error\"")
        .contains("aria-invalid=\"true\"")
        .contains("value=\"Finns redan " + suffix + "\"")
        .contains("value=\"Dubblett\"")
        .contains("Process &lt;script&gt;")
        .doesNotContain("<script>alert(1)</script>");
    assertThat(ed.get("/andringar").body()).doesNotContain("Finns redan " + suffix);

    form.put("op", "flyga");
    HttpResponse<String> unknown = ed.post("/andringar", form);
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body())
        .contains("id=\"op-errors\"")
        .contains("Välj en av åtgärderna i listan.")
        .contains("id=\"action-list\"");

    // A name that nobody has is refused at the person field, in words, not at the code.
    form.put("op", "assignRole");
    form.put("code", "3.5.2");
    form.put("role", "OWNER");
    form.put("personId", "Ingen Alls");
    HttpResponse<String> person = ed.post("/andringar", form);
    assertThat(person.statusCode()).as(person.body()).isEqualTo(400);
    assertThat(person.body())
        .contains("id=\"f-personId-error\"")
        .contains("aria-describedby=\"f-personId-help f-personId-error\"")
        .contains("Det finns ingen person som heter Ingen Alls")
        .doesNotContain("id=\"f-code-error\"");
  }

  @Test
  void theSearchCountsItsHitsInSwedish() throws Exception {
    Browser b = new Browser();
    assertThat(b.get("/sok?q=tandv%C3%A5rd").body()).contains("1 träff för ”tandvård”");
    assertThat(b.get("/sok?q=xyzzy").body()).contains("Inga träffar för ”xyzzy”");
    assertThat(b.get("/sok?q=bygglov").body()).containsPattern("[2-9] träffar för ”bygglov”");
  }

  @Test
  void theSearchFindsPeopleTakesACodeToItsPageAndPagesOnward() throws Exception {
    Browser b = new Browser();
    // People by name, as /api/people finds them.
    assertThat(b.get("/sok?q=Jenny+Persson").body())
        .contains("id=\"people-hits\"")
        .contains("href=\"/personer/jenny-persson\"");
    assertThat(b.get("/sok?q=persson").body()).contains("href=\"/personer/jenny-persson\"");
    // A code that names an element goes to its page; one that names none is searched for.
    HttpResponse<String> code = b.get("/sok?q=3.5.2");
    assertThat(code.statusCode()).isEqualTo(303);
    assertThat(code.headers().firstValue("Location")).hasValue("/processer/3.5.2");
    assertThat(b.get("/sok?q=3.5.99").statusCode()).isEqualTo(200);
    // More than a page of hits: the way onward, and back.
    String first = b.get("/sok?q=plan").body();
    assertThat(first)
        .contains("rel=\"next\" href=\"/sok?q=plan&amp;sida=2\"")
        .doesNotContain("rel=\"prev\"");
    String second = b.get("/sok?q=plan&sida=2").body();
    assertThat(second).contains("rel=\"prev\" href=\"/sok?q=plan&amp;sida=1\"");
  }

  @Test
  void theSearchForgivesMissingAccentsAndSaysWhereEachHitLiesAndWhoOwnsIt() throws Exception {
    String body = new Browser().get("/sok?q=forskola+placera").body();
    assertThat(body)
        .contains("Placera barn i förskola")
        .contains("Menade du")
        .contains("id=\"did-you-mean\" href=\"/sok?q=f%C3%B6rskola%20placera\"")
        .contains("i Utbildning")
        .contains("href=\"/personer/camilla-nordin\"");
  }

  @Test
  void theTreePageRendersThreeLevelsAndMarksTheBranchesLeftToLoad() throws Exception {
    String body = new Browser().get("/processer").body();
    assertThat(body)
        .contains("data-code=\"3.5\"")
        .contains(
            "href=\"/processer/3.5.2\" class=\"label\" data-code=\"3.5.2\" data-lazy=\"true\"")
        .doesNotContain("data-code=\"3.5.2.1\"");
    // Without JavaScript the cut-off branch is still reachable: its element page lists it.
    assertThat(new Browser().get("/processer/3.5.2").body()).contains("/processer/3.5.2.1");
  }

  @Test
  void anOperationAddedToADraftAndRefusedShowsItsReasonAtTheFieldAndLeavesTheDraft()
      throws Exception {
    Browser ed = new Browser().login(editor);
    String code = "3.3.8." + NEXT.getAndIncrement();
    Map<String, String> form = new LinkedHashMap<>();
    form.put("_csrf", ed.token("/andringar/ny?kod=3.3.8"));
    form.put("title", "Tillägg " + suffix);
    form.put("op", "createElement");
    form.put("parentCode", "3.3.8");
    form.put("code", code);
    form.put("name", "Första");
    String page =
        ed.post("/andringar", form)
            .headers()
            .firstValue("Location")
            .orElseThrow()
            .replaceAll("\\?.*", "");
    Map<String, String> more = new LinkedHashMap<>();
    more.put("_csrf", ed.token(page));
    more.put("op", "createElement");
    more.put("parentCode", "3.5.2");
    more.put("code", "3.5.2.1");
    more.put("name", "Dubblett " + suffix);
    HttpResponse<String> refused = ed.post(page + "/operationer", more);
    assertThat(refused.statusCode()).as(refused.body()).isIn(409, 422);
    // Sending now would leave the refused action out: the page says so on the button and above it.
    assertThat(refused.body())
        .contains("id=\"f-code-error\"")
        .contains("aria-describedby=\"f-code-help f-code-error\"")
        .contains("value=\"Dubblett " + suffix + "\"")
        .contains("id=\"unsaved-warning\"")
        .contains("Skicka utan den osparade åtgärden");
    assertThat(ed.get(page).body()).doesNotContain("Dubblett " + suffix).contains(code);
  }

  @Test
  void anActionFormShowsOnlyItsFieldsWithTheCurrentValuesAndTheHolderItReplaces() throws Exception {
    Browser ed = new Browser().login(editor);
    // Without an action: the element's actions to choose from, nothing to fill in yet.
    String choose = ed.get("/andringar/ny?kod=3.5.2.1").body();
    assertThat(choose)
        .contains("id=\"action-list\"")
        .contains("href=\"/andringar/ny?kod=3.5.2.1&amp;op=replaceLead\"")
        .doesNotContain("name=\"personId\"");
    // Renaming starts from the name, description and purpose it has.
    String rename = ed.get("/andringar/ny?kod=3.5.2.1&op=updateElement").body();
    assertThat(rename)
        .contains("value=\"Placera barn i förskola\"")
        .contains("name=\"description\"")
        .doesNotContain("name=\"personId\"")
        .doesNotContain("name=\"newParentCode\"")
        .contains("value=\"Byt namn eller ändra beskrivning i 3.5.2.1 Placera barn i förskola\"");
    // Replacing the lead asks for a person (by name) and a day, and says who leaves.
    String replace = ed.get("/andringar/ny?kod=3.5.2.1&op=replaceLead").body();
    assertThat(replace)
        .contains("Nuvarande processledare: Jenny Persson")
        .contains("data-picker=\"people\"")
        .contains("<label for=\"f-personId\">Ny processledare</label>")
        .doesNotContain("name=\"name\"")
        .doesNotContain("Personens id");
    // A new element gets the next free code below.
    assertThat(ed.get("/andringar/ny?kod=3.5.2&op=createElement").body())
        .containsPattern("id=\"f-code\" name=\"code\" maxlength=\"200\" value=\"3\\.5\\.2\\.\\d+\"")
        .contains("Lägg till process");
    // An element can be picked by name as well as by code.
    assertThat(ed.get("/andringar/ny?kod=Placera+barn+i+f%C3%B6rskola").body())
        .contains("Vad vill du ändra i 3.5.2.1 Placera barn i förskola?");
  }

  @Test
  void replacingALeadIsOneStepByNameAndReadsAsOneRowThatCanBeEditedOrRemoved() throws Exception {
    Browser ed = new Browser().login(editor);
    String tomorrow =
        java.time.LocalDate.now(java.time.ZoneId.of("Europe/Stockholm")).plusDays(1).toString();
    Map<String, String> form = new LinkedHashMap<>();
    form.put("_csrf", ed.token("/andringar/ny?kod=3.5.2.1&op=replaceLead"));
    form.put("title", "Ny ledare " + suffix);
    form.put("op", "replaceLead");
    form.put("code", "3.5.2.1");
    form.put("personId", "lena axelsson");
    form.put("from", tomorrow);
    HttpResponse<String> created = ed.post("/andringar", form);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
    String page = created.headers().firstValue("Location").orElseThrow().replaceAll("\\?.*", "");
    long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
    // Two operations in the change: the lead leaves the day before, the new one starts.
    assertThat(changes.get(id).operations())
        .extracting(o -> o.op() + " " + o.personId())
        .containsExactly("endRole jenny-persson", "assignRole lena-axelsson");
    String draft = ed.get(page).body();
    assertThat(draft)
        .contains("Byt processledare")
        .contains("Processledare: Jenny Persson → Lena Axelsson från " + tomorrow)
        // The draft's only action cannot be removed: withdrawing is the way to drop the change.
        .doesNotContain("Ta bort åtgärd");

    // The same person again is refused at the person field, in words.
    form.put("_csrf", ed.token(page));
    form.put("personId", "Jenny Persson");
    form.put("from", java.time.LocalDate.now(java.time.ZoneId.of("Europe/Stockholm")).toString());
    HttpResponse<String> same = ed.post(page + "/operationer", form);
    assertThat(same.statusCode()).isEqualTo(400);
    assertThat(same.body())
        .contains("id=\"f-personId-error\"")
        .contains("Jenny Persson är redan processledare här.");

    // A second action, then changed in its place, then removed.
    Map<String, String> rename = new LinkedHashMap<>();
    rename.put("_csrf", ed.token(page));
    rename.put("op", "updateElement");
    rename.put("code", "3.5.2.1");
    rename.put("name", "Placera barn i förskola");
    rename.put("description", "Första " + suffix);
    assertThat(ed.post(page + "/operationer", rename).statusCode()).isEqualTo(303);
    assertThat(changes.get(id).operations()).hasSize(3);
    String edit = ed.get(page + "?andra=3").body();
    assertThat(edit)
        .contains("Ta bort åtgärd 1–2")
        .contains("Ändra åtgärd 3")
        .contains("Första " + suffix)
        .contains("action=\"" + page + "/operationer/3\"");
    rename.put("_csrf", ed.token(page));
    rename.put("description", "Andra " + suffix);
    HttpResponse<String> saved = ed.post(page + "/operationer/3", rename);
    assertThat(saved.headers().firstValue("Location")).hasValue(page + "?klart=andrad");
    assertThat(changes.get(id).operations()).hasSize(3);
    assertThat(changes.get(id).operations().get(2).description()).isEqualTo("Andra " + suffix);
    HttpResponse<String> removed =
        ed.post(page + "/operationer/1/ta-bort", Map.of("_csrf", ed.token(page), "antal", "2"));
    assertThat(removed.headers().firstValue("Location")).hasValue(page + "?klart=borttagen");
    assertThat(changes.get(id).operations())
        .extracting(o -> o.op())
        .containsExactly("updateElement");
  }

  /**
   * No page shows a name from the code (an enum constant such as DECIDED or WORKING_GROUP), a
   * message key ("assignment.DECIDE") or the audit log's subjects ("change:3"): the glossary's rule
   * on the finished pages, for a modellansvarig, who sees them all.
   */
  @Test
  void noPageShowsANameFromTheCodeAKeyOrALogSubject() throws Exception {
    long version =
        publish(
            Map.of(
                "op",
                "createElement",
                "parentCode",
                "3.3.8",
                "code",
                "3.3.8." + NEXT.getAndIncrement(),
                "name",
                "Ordlista " + suffix));
    assertThat(version).isPositive();
    Set<String> constants = new java.util.TreeSet<>();
    for (Class<? extends Enum<?>> e :
        List.<Class<? extends Enum<?>>>of(
            se.processkarta.model.RoleKind.class,
            se.processkarta.model.ElementStatus.class,
            se.processkarta.model.Level.class,
            se.processkarta.changes.ChangeState.class,
            se.processkarta.changes.Permission.class,
            se.processkarta.assignments.AssignmentKind.class,
            se.processkarta.assignments.AssignmentState.class,
            se.processkarta.assignments.OrganisationForm.class)) {
      for (Enum<?> c : e.getEnumConstants()) {
        constants.add(c.name());
      }
    }
    java.util.regex.Pattern leak =
        java.util.regex.Pattern.compile(
            "\\b(?:"
                + String.join("|", constants)
                + ")\\b|\\b(?:web|assignments|assignment|change|render|roles|imports)\\.[A-Za-z_]+"
                + "|\\b(?:change|assignment|user):\\d+");
    Browser b = new Browser().login(owner);
    List<String> found = new ArrayList<>();
    for (String page :
        List.of(
            "/",
            "/processer/3.5.2",
            "/processer/3.5.2.1",
            "/luckor",
            "/personer/anna-lind",
            "/sok?q=f%C3%B6rskola",
            "/andringar",
            "/granskningslogg",
            "/versioner",
            "/anvandare",
            "/uppdrag",
            "/uppdrag/att-godkanna",
            "/andringar/ny?kod=3.5.2.1",
            "/andringar/ny?kod=3.5.2.1&op=replaceLead",
            "/importera")) {
      String text =
          b.get(page)
              .body()
              .replaceAll("(?s)<script.*?</script>", " ")
              .replaceAll("(?s)<[^>]*>", " ");
      java.util.regex.Matcher m = leak.matcher(text);
      while (m.find()) {
        found.add(page + ": " + m.group());
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void theGapsPageSaysWhomToContactAndOffersToProposeAnOwner() throws Exception {
    Browser ed = new Browser().login(editor);
    String gaps = ed.get("/luckor").body();
    assertThat(gaps)
        .contains("id=\"gap-table\"")
        .contains("href=\"/andringar/ny?kod=3.3.8.3&amp;op=replaceOwner\"")
        .contains("Föreslå processägare")
        // The owner acting as lead is no gap: said apart, folded away.
        .contains("<details class=\"card\" id=\"owner-leads\">");
    String row = gaps.substring(gaps.indexOf("/processer/3.3.8.3"));
    row = row.substring(0, row.indexOf("</tr>"));
    assertThat(row).containsPattern("href=\"/personer/[a-z-]+\"").contains("(processägare för 3.3");
    assertThat(ed.get("/andringar/ny?kod=3.3.8.3&op=replaceOwner").body())
        .contains("Här finns ingen egen processägare i dag.")
        .contains("<label for=\"f-personId\">Ny processägare</label>");
    // A reader sees whom to contact, but no action.
    assertThat(new Browser().get("/luckor").body()).doesNotContain("Föreslå processägare");
  }

  @Test
  void aPersonPageListsTheirAssignmentsAndNeitherZeroSharesNorThemselvesAsTheirChain()
      throws Exception {
    String anna = new Browser().get("/personer/anna-lind").body();
    // Nothing allocated: no "Allokerad den … 0 %" line.
    assertThat(anna).doesNotContain("0 %</span>");
    // Her chain for 3.5.4.0 is the owner above her, not she herself.
    String row = anna.substring(anna.indexOf("/processer/3.5.4.0"));
    row = row.substring(0, row.indexOf("</tr>"));
    assertThat(row).contains("/personer/magnus-aberg").doesNotContain("/personer/anna-lind");
    // The assignments a person takes part in.
    assertThat(new Browser().get("/personer/tove-linde").body())
        .contains("id=\"person-assignments\"")
        .contains("Nätverk för klarspråk och tillgänglig kommunikation");
  }
}
