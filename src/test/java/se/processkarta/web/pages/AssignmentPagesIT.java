package se.processkarta.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import se.processkarta.SharedGraph;
import se.processkarta.assignments.Assignment;
import se.processkarta.assignments.AssignmentKind;
import se.processkarta.assignments.AssignmentService;
import se.processkarta.assignments.AssignmentState;
import se.processkarta.assignments.Brief;
import se.processkarta.assignments.Milestone;
import se.processkarta.assignments.OrganisationForm;
import se.processkarta.assignments.Participant;
import se.processkarta.assignments.Session;
import se.processkarta.changes.Actor;
import se.processkarta.changes.Permission;
import se.processkarta.changes.Users;
import se.processkarta.model.ConflictException;
import se.processkarta.render.VeraPdf;

/**
 * The assignments' pages and exports over real HTTP against the seeded graph: the public page of
 * decided assignments, the assignment page with its inline timeline, the manager's queue with CSRF
 * and the approval matrix, the five-step form with its suggestion and errors tied to fields, and
 * the iCalendar, PDF/A, CSV and XLSX exports and the cached diagrams; hostile text stays inert.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssignmentPagesIT implements SharedGraph {

  /** The managers' password, as in AssignmentFlowContract: the users may already exist. */
  static final String PASSWORD = "a-long-test-password";

  static final String HOSTILE = "Uppdrag <script>alert(1)</script> & \"citat\" 'enkla' åäö";

  @Inject EmbeddedServer server;
  @Inject Users users;
  @Inject AssignmentService assignments;
  @Inject io.micronaut.serde.ObjectMapper mapper;

  private final String suffix = Long.toString(System.nanoTime() % 1_000_000, 36);
  private String editor;
  private String reader;
  private long decided;
  private long coming;
  private long submitted;
  private long draft;

  private static final Actor SYSTEM = Actor.with("system", Permission.MODEL_EDITOR);

  @BeforeAll
  void setUp() {
    editor = user("asg-page-editor-" + suffix, "MODEL_EDITOR");
    reader = user("asg-page-reader-" + suffix, "READER");
    for (String person : List.of("erik-johansson", "eva-lindqvist", "maja-svensson")) {
      user(person, "READER");
    }
    decided = assignments.create(SYSTEM, brief(HOSTILE + " beslutat " + suffix)).id();
    assignments.submit(SYSTEM, decided);
    assignments.approve(Actor.with("erik-johansson", Permission.READER), decided, null);
    assignments.approve(Actor.with("eva-lindqvist", Permission.READER), decided, HOSTILE);
    // Decided, but it starts next year: "Kommande", not "Pågående".
    LocalDate next = LocalDate.now(java.time.ZoneId.of("Europe/Stockholm")).plusYears(1);
    coming = assignments.create(SYSTEM, brief("Kommande " + suffix, next, next.plusMonths(4))).id();
    assignments.submit(SYSTEM, coming);
    assignments.approve(Actor.with("erik-johansson", Permission.READER), coming, null);
    assignments.approve(Actor.with("eva-lindqvist", Permission.READER), coming, null);
    submitted = assignments.create(SYSTEM, brief("=1+1 inskickat " + suffix)).id();
    assignments.submit(SYSTEM, submitted);
    draft = assignments.create(SYSTEM, brief("Utkast " + suffix)).id();
  }

  private String user(String name, String permission) {
    try {
      users.create(name, PASSWORD, null, List.of(permission));
    } catch (ConflictException e) {
      // Another test class in this JVM made them already, with the same password.
    }
    return name;
  }

  static Brief brief(String title) {
    return brief(title, LocalDate.of(2026, 2, 2), LocalDate.of(2026, 6, 30));
  }

  /** The same brief for another period, its milestone and session moved with it. */
  static Brief brief(String title, LocalDate start, LocalDate end) {
    return new Brief(
        title,
        AssignmentKind.COORDINATION,
        OrganisationForm.WORKING_GROUP,
        null,
        "Syfte " + HOSTILE + "\nandra raden",
        null,
        "Ett e-arkiv i drift",
        "Februari\u2013juni",
        List.of(
            new Participant("maja-svensson", "erik-johansson", "Arbetsgrupp", 20, null, null),
            new Participant("jonas-ekstrom", "eva-lindqvist", HOSTILE, 10, null, null)),
        null,
        null,
        "2.1.5.1",
        "KS 2026/" + HOSTILE,
        start,
        end,
        "maja-svensson",
        "erik-johansson",
        null,
        null,
        List.of(new Milestone(start.plusDays(28), "Uppstart " + HOSTILE + ", del; två")),
        List.of(new Session(HOSTILE, start.plusDays(71), "Arbetsmöte; med semikolon, och komma")));
  }

  /** A browser: its own cookies, no automatic redirects. */
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

  private static void assertInert(String html) {
    assertThat(html).doesNotContain("<script>alert(1)</script>");
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
  }

  @Test
  void thePublicPageListsDecidedAssignmentsWithResponsibilityParticipantsAndLinks()
      throws Exception {
    HttpResponse<String> r = new Browser().get("/uppdrag");
    assertThat(r.statusCode()).isEqualTo(200);
    String html = r.body();
    assertThat(html)
        .contains("<html lang=\"sv\"")
        .contains("Beslutade uppdrag över enhetsgränserna");
    assertThat(html).contains("id=\"uppdrag-" + decided + "\"");
    // One that starts next year is listed apart, after the ongoing ones.
    assertThat(html).contains("<h2 id=\"kommande\">Kommande uppdrag</h2>");
    assertThat(html.indexOf("id=\"uppdrag-" + coming + "\""))
        .isGreaterThan(html.indexOf("id=\"kommande\""));
    assertThat(html.indexOf("id=\"uppdrag-" + decided + "\""))
        .isLessThan(html.indexOf("id=\"kommande\""));
    assertThat(html).doesNotContain("id=\"uppdrag-" + draft + "\"");
    // Group names, with their apostrophes, as they were typed (only escaped).
    assertThat(html).contains("&#39;enkla&#39; åäö</span>, <span>10 %");
    assertThat(html).contains("Huvudansvarig").contains("Ansvarig chef");
    assertThat(html).contains("Maja Svensson").contains("Erik Johansson");
    assertThat(html).contains("/api/assignments/" + decided + "/brief.pdf");
    assertThat(html).contains("/api/assignments/" + decided + ".ics");
    assertThat(html).contains("href=\"/processer/2.1.5.1\"");
    assertThat(html).contains("href=\"/uppdrag\"");
    assertInert(html);
    assertThat(r.headers().firstValue("Content-Security-Policy")).isPresent();
  }

  @Test
  void theAssignmentPageShowsTheBriefApprovalsInlineTimelineAndReports() throws Exception {
    HttpResponse<String> r = new Browser().get("/uppdrag/" + decided);
    assertThat(r.statusCode()).isEqualTo(200);
    String html = r.body();
    assertThat(html).contains("Beslutat").contains("Godkännanden").contains("Tidplan");
    assertThat(html).contains("<svg").contains("class=\"week\"").doesNotContain("<!DOCTYPE svg");
    assertThat(html).contains("Uppföljning och rapporter").contains("id=\"uppfoljning\"");
    assertThat(html).contains("Arbetsgrupp").contains("20 %");
    assertInert(html);
    // Not signed in: no approve or submit control.
    assertThat(html).doesNotContain("approve-assignment").doesNotContain("submit-assignment");
    assertThat(new Browser().get("/uppdrag/999999999").statusCode()).isEqualTo(404);
  }

  @Test
  void theListNarrowsToAUnitOrAPersonPickedByName() throws Exception {
    Browser b = new Browser();
    String all = b.get("/uppdrag").body();
    assertThat(all)
        .contains("id=\"assignment-filter\"")
        .contains("<option value=\"Plan- &amp; byggavdelningen (")
        .contains("uppdrag-" + decided);
    // Maja Svensson, a participant, works in Plan- & byggavdelningen (under its förvaltning).
    String unit = b.get("/uppdrag?enhet=" + enc("Plan- & byggavdelningen")).body();
    assertThat(unit).contains("uppdrag-" + decided).contains("Visa alla uppdrag");
    assertThat(b.get("/uppdrag?enhet=" + enc("Socialförvaltningen")).body())
        .doesNotContain("uppdrag-" + decided + "\"");
    assertThat(b.get("/uppdrag?person=" + enc("Maja Svensson (maja-svensson)")).body())
        .contains("uppdrag-" + decided);
    HttpResponse<String> unknown = b.get("/uppdrag?enhet=" + enc("Ingen <enhet>"));
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body())
        .contains("id=\"fel-enhet\"")
        .contains("Det finns ingen enhet som heter Ingen &lt;enhet&gt;");
  }

  private static String enc(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void theResponsibleFollowsUpAndWithdrawsInThePagesAndARefusedFollowUpKeepsWhatWasTyped()
      throws Exception {
    long open = assignments.create(SYSTEM, brief("Följs upp " + suffix)).id();
    assignments.submit(SYSTEM, open);
    assignments.approve(Actor.with("erik-johansson", Permission.READER), open, null);
    assignments.approve(Actor.with("eva-lindqvist", Permission.READER), open, null);
    long drafted = assignments.create(SYSTEM, brief("Dras tillbaka " + suffix)).id();
    // A reader who is neither the manager nor the responsible sees no controls.
    Browser r = new Browser().login(reader);
    assertThat(r.get("/uppdrag/" + open).body()).doesNotContain("id=\"follow-up\"");
    assertThat(r.get("/uppdrag/" + drafted).body()).doesNotContain("withdraw-assignment");

    Browser maja = new Browser().login("maja-svensson"); // the brief's main responsible
    String page = maja.get("/uppdrag/" + open).body();
    assertThat(page).contains("id=\"follow-up\"").contains("Slutrapport");
    String token = maja.token("/uppdrag/" + open);
    // No text: the page again, 400, with the reason at the field and the date kept.
    HttpResponse<String> refused =
        maja.post(
            "/uppdrag/" + open + "/uppfoljning",
            Map.of("_csrf", token, "kind", "CHECK_IN", "date", "2026-03-15", "text", " "));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body())
        .contains("id=\"fel-text\"")
        .contains("aria-invalid=\"true\"")
        .contains("value=\"2026-03-15\"");
    assertThat(assignments.get(open, null).followUps()).isEmpty();
    HttpResponse<String> ok =
        maja.post(
            "/uppdrag/" + open + "/uppfoljning",
            Map.of("_csrf", token, "kind", "CHECK_IN", "date", "2026-03-15", "text", HOSTILE));
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(303);
    assertThat(ok.headers().firstValue("Location"))
        .hasValue("/uppdrag/" + open + "?klart=uppfoljning");
    String after = maja.get("/uppdrag/" + open + "?klart=uppfoljning").body();
    assertThat(after).contains("Uppföljningen är sparad.").contains("Avstämning med ansvarig chef");
    assertInert(after);
    assertThat(assignments.get(open, null).followUps()).hasSize(1);
    // A final report closes it: no more follow-ups.
    maja.post(
        "/uppdrag/" + open + "/uppfoljning",
        Map.of("_csrf", token, "kind", "FINAL_REPORT", "date", "2026-06-30", "text", "Klart"));
    assertThat(assignments.get(open, null).state()).isEqualTo(AssignmentState.CLOSED);
    assertThat(maja.get("/uppdrag/" + open).body()).doesNotContain("id=\"follow-up\"");

    // Withdrawal, with the form's token only.
    assertThat(maja.get("/uppdrag/" + drafted).body()).contains("withdraw-assignment");
    assertThat(maja.post("/uppdrag/" + drafted + "/dra-tillbaka", Map.of()).statusCode())
        .isEqualTo(403);
    HttpResponse<String> withdrawn =
        maja.post("/uppdrag/" + drafted + "/dra-tillbaka", Map.of("_csrf", token));
    assertThat(withdrawn.statusCode()).isEqualTo(303);
    assertThat(assignments.get(drafted, null).state()).isEqualTo(AssignmentState.WITHDRAWN);
    assertThat(maja.get("/uppdrag/" + drafted + "?klart=tillbakadraget").body())
        .contains("Uppdraget är tillbakadraget.")
        .doesNotContain("withdraw-assignment");
  }

  @Test
  void onlyTheManagersConcernedSeeTheBriefInTheirQueueAndApproveItWithTheFormsToken()
      throws Exception {
    Browser eva = new Browser().login("eva-lindqvist");
    String queue = eva.get("/uppdrag/att-godkanna").body();
    assertThat(queue).contains("/uppdrag/" + submitted + "/godkann").contains("Jonas Ekström");
    int waitingBefore = waitingInMenu(queue);
    assertThat(waitingBefore).isPositive();
    // The main responsible person approves for no one: not in her queue, refused by the service.
    Browser maja = new Browser().login("maja-svensson");
    assertThat(maja.get("/uppdrag/att-godkanna").body())
        .doesNotContain("/uppdrag/" + submitted + "/godkann")
        .contains("queue-empty");
    String majaToken = maja.token("/uppdrag/att-godkanna");
    HttpResponse<String> refused =
        maja.post("/uppdrag/" + submitted + "/godkann", Map.of("_csrf", majaToken));
    assertThat(refused.statusCode()).isIn(403, 422);
    assertThat(refused.body()).contains("godkänna");
    // Without the form's token: 403, and nothing is recorded.
    HttpResponse<String> forged = eva.post("/uppdrag/" + submitted + "/godkann", Map.of());
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(assignments.get(submitted, null).approvals()).isEmpty();
    // With it: approved, back to the queue; the other manager's approval decides it.
    String token = eva.token("/uppdrag/att-godkanna");
    HttpResponse<String> ok =
        eva.post("/uppdrag/" + submitted + "/godkann", Map.of("_csrf", token, "comment", HOSTILE));
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(303);
    assertThat(ok.headers().firstValue("Location")).hasValue("/uppdrag/att-godkanna?klart=godkant");
    // The menu counts one fewer for her, on every page.
    assertThat(waitingInMenu(eva.get("/uppdrag").body())).isEqualTo(waitingBefore - 1);
    assertThat(eva.get("/uppdrag/att-godkanna?klart=godkant").body())
        .doesNotContain("/uppdrag/" + submitted + "/godkann")
        .contains("id=\"confirmation\"")
        .contains("Ditt godkännande är sparat.");
    Browser erik = new Browser().login("erik-johansson");
    assertThat(erik.get("/uppdrag/" + submitted).body()).contains("approve-assignment");
    String erikToken = erik.token("/uppdrag/att-godkanna");
    assertThat(
            erik.post("/uppdrag/" + submitted + "/godkann", Map.of("_csrf", erikToken))
                .statusCode())
        .isEqualTo(303);
    assertThat(assignments.get(submitted, null).state()).isEqualTo(AssignmentState.DECIDED);
    assertInert(new Browser().get("/uppdrag/" + submitted).body());
    // Anonymous: the queue needs a login.
    assertThat(new Browser().get("/uppdrag/att-godkanna").statusCode()).isIn(401, 303);
  }

  /** The number the menu shows beside "Uppdrag att godkänna" (0 when it shows none). */
  private static int waitingInMenu(String page) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("id=\"waiting-assignments\">(\\d+)<").matcher(page);
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  private Map<String, String> form(String token, String title) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("_csrf", token);
    f.put("title", title);
    f.put("background", "Behovet " + HOSTILE);
    f.put("kind", "COORDINATION");
    f.put("stakeholders", "4");
    f.put("predictable", "on");
    f.put("investment", "MEDIUM");
    f.put("form", "WORKING_GROUP");
    f.put("purpose", "Syfte " + HOSTILE);
    f.put("expectedResult", "Resultat");
    f.put("schedule", "Våren");
    f.put("start", "2027-01-11");
    f.put("end", "2027-05-28");
    f.put("processCode", "2.1.5.1");
    f.put("responsibleId", "maja-svensson");
    f.put("managerId", "erik-johansson");
    f.put("p0.personId", "maja-svensson");
    f.put("p0.managerId", "erik-johansson");
    f.put("p0.group", "Arbetsgrupp");
    f.put("p0.percent", "20");
    f.put("p1.personId", "jonas-ekstrom");
    f.put("p1.managerId", "eva-lindqvist");
    f.put("p1.group", "Arbetsgrupp");
    f.put("p1.percent", "10");
    f.put("m0.date", "2027-01-12");
    f.put("m0.title", "Uppstart");
    f.put("s0.group", "Arbetsgrupp");
    f.put("s0.date", "2027-02-01");
    f.put("s0.title", "Första mötet");
    f.put("reporting", "Till kanslichefen");
    f.put("action", "create");
    return f;
  }

  @Test
  void theFiveStepFormSuggestsAFormTiesErrorsToFieldsAndCreatesThroughTheService()
      throws Exception {
    Browser b = new Browser().login(editor);
    HttpResponse<String> page = b.get("/uppdrag/ny");
    assertThat(page.statusCode()).isEqualTo(200);
    for (int step = 1; step <= 5; step++) {
      assertThat(page.body())
          .contains("id=\"steg-" + step + "\"")
          .contains("Steg " + step + " av 5");
    }
    String token = b.token("/uppdrag/ny");

    Map<String, String> suggest = form(token, "Förslag " + suffix);
    suggest.put("action", "suggest");
    suggest.put("stakeholders", "25");
    suggest.put("external", "on");
    suggest.remove("predictable");
    suggest.put("investment", "LARGE");
    suggest.remove("form");
    HttpResponse<String> s = b.post("/uppdrag/ny", suggest);
    assertThat(s.statusCode()).as(s.body()).isEqualTo(200);
    assertThat(s.body()).contains("id=\"suggestion\"").contains(">Projekt<");
    assertThat(s.body()).contains("value=\"Förslag " + suffix + "\"");
    assertThat(assignments.count()).isPositive();

    // A refused pair: the rule in Swedish, tied to the form field, nothing stored.
    long before = assignments.count();
    Map<String, String> bad = form(token, "Fel form " + suffix);
    bad.put("kind", "NETWORK");
    bad.put("form", "PROJECT");
    HttpResponse<String> refused = b.post("/uppdrag/ny", bad);
    // 422 with the form again, what was typed kept (not the generic error page).
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body())
        .contains("id=\"form-errors\"")
        .contains("id=\"fel-form\"")
        .contains("href=\"#f-form\"")
        .contains("Regeln om organisationsform");
    assertInert(refused.body());
    assertThat(assignments.count()).isEqualTo(before);

    // A missing date, tied to its field.
    Map<String, String> noEnd = form(token, "Utan slut " + suffix);
    noEnd.put("end", "");
    HttpResponse<String> missing = b.post("/uppdrag/ny", noEnd);
    assertThat(missing.statusCode()).isIn(400, 422);
    assertThat(missing.body()).contains("id=\"fel-end\"").contains("aria-invalid=\"true\"");

    // Submit at once with an incomplete brief: refused before anything is stored.
    Map<String, String> incomplete = form(token, "Ofullständigt " + suffix);
    incomplete.remove("purpose");
    incomplete.put("submitNow", "on");
    HttpResponse<String> notReady = b.post("/uppdrag/ny", incomplete);
    assertThat(notReady.body()).contains("id=\"form-errors\"").contains("saknar");
    assertThat(assignments.count()).isEqualTo(before);

    // Without the token: 403.
    Map<String, String> forged = form("", "Förfalskat " + suffix);
    assertThat(b.post("/uppdrag/ny", forged).statusCode()).isEqualTo(403);

    HttpResponse<String> created = b.post("/uppdrag/ny", form(token, HOSTILE + " ny " + suffix));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
    String location = created.headers().firstValue("Location").orElseThrow();
    assertThat(location).matches("/uppdrag/\\d+");
    long id = Long.parseLong(location.substring("/uppdrag/".length()));
    Assignment a = assignments.get(id, null);
    assertThat(a.state()).isEqualTo(AssignmentState.DRAFT);
    assertThat(a.title()).isEqualTo(HOSTILE + " ny " + suffix);
    assertThat(a.brief().participants()).hasSize(2);
    assertThat(a.brief().milestones()).hasSize(1);
    assertThat(a.brief().sessions()).hasSize(1);
    assertThat(a.brief().assessment()).isNotNull();
    String shown = b.get(location).body();
    assertThat(shown).contains("submit-assignment");
    assertInert(shown);

    // People picked by name, as the picker writes them or typed, and the process by its name.
    assertThat(b.get("/uppdrag/ny").body())
        .contains("data-picker=\"people\"")
        .contains("data-picker=\"processes\"")
        .doesNotContain("person-id");
    Map<String, String> byName = form(token, "Med namn " + suffix);
    byName.put("responsibleId", "Maja Svensson");
    byName.put("managerId", "Erik Johansson (erik-johansson)");
    byName.put("p0.personId", "maja svensson");
    byName.put("p1.personId", "Jonas Ekström (jonas-ekstrom)");
    byName.put("p1.managerId", "");
    byName.put("processCode", "2.1.5.1 Ta emot och registrera");
    HttpResponse<String> named = b.post("/uppdrag/ny", byName);
    assertThat(named.statusCode()).as(named.body()).isEqualTo(303);
    Brief picked =
        assignments
            .get(
                Long.parseLong(named.headers().firstValue("Location").orElseThrow().substring(9)),
                null)
            .brief();
    assertThat(picked.responsibleId()).isEqualTo("maja-svensson");
    assertThat(picked.managerId()).isEqualTo("erik-johansson");
    assertThat(picked.participants())
        .extracting(Participant::personId)
        .containsExactly("maja-svensson", "jonas-ekstrom");
    assertThat(picked.processCode()).isEqualTo("2.1.5.1");
    // A name nobody has: the form again, the reason at the field, nothing stored.
    long count = assignments.count();
    Map<String, String> nobody = form(token, "Ingen " + suffix);
    nobody.put("responsibleId", "Ingen Alls");
    HttpResponse<String> unknown = b.post("/uppdrag/ny", nobody);
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("id=\"fel-responsibleId\"").contains("Ingen Alls");
    assertThat(assignments.count()).isEqualTo(count);

    // A reader who is not the manager the brief names may not create one.
    Browser r = new Browser().login(reader);
    HttpResponse<String> forbidden = r.post("/uppdrag/ny", form(r.token("/uppdrag/ny"), "x"));
    assertThat(forbidden.statusCode()).isEqualTo(403);
  }

  @Test
  void theCalendarParsesBackWithTheHostileTextIntact() throws Exception {
    HttpResponse<byte[]> r = new Browser().bytes("/api/assignments/" + decided + ".ics");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
    String ics = new String(r.body(), StandardCharsets.UTF_8);
    assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("\r\n");
    Calendar cal = new CalendarBuilder().build(new StringReader(ics));
    List<String> summaries = new ArrayList<>();
    for (Object c : cal.getComponents()) {
      if (c instanceof VEvent e) {
        summaries.add(text(e, "SUMMARY"));
        assertThat(text(e, "DESCRIPTION"))
            .isEqualTo(HOSTILE + " beslutat " + suffix + "\n\nSyfte " + HOSTILE + "\nandra raden");
      }
    }
    assertThat(summaries)
        .containsExactlyInAnyOrder(
            "Uppstart " + HOSTILE + ", del; två",
            HOSTILE + ": Arbetsmöte; med semikolon, och komma");
    assertThat(ics).contains("DTSTART;VALUE=DATE:20260302");
    assertThat(new Browser().bytes("/api/assignments/999999999.ics").statusCode()).isEqualTo(404);
  }

  private static String text(VEvent e, String property) {
    return e.<net.fortuna.ical4j.model.Property>getProperty(property).orElseThrow().getValue();
  }

  @Test
  void theBriefIsATaggedA4PdfWithItsApprovals() throws Exception {
    HttpResponse<byte[]> r = new Browser().bytes("/api/assignments/" + decided + "/brief.pdf");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
    byte[] pdf = r.body();
    // veraPDF: archivable (PDF/A-2a) and readable by a screen reader (PDF/UA-1).
    assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
    assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    try (PDDocument d = Loader.loadPDF(pdf)) {
      PDRectangle box = d.getPage(0).getMediaBox();
      assertThat(Math.round(box.getWidth())).isEqualTo(Math.round(PDRectangle.A4.getWidth()));
      assertThat(Math.round(box.getHeight())).isEqualTo(Math.round(PDRectangle.A4.getHeight()));
      assertThat(d.getDocumentInformation().getTitle()).contains(HOSTILE + " beslutat");
      String text = new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
      // The approvals: who approved for whom, and the comment, hostile text as written.
      assertThat(text)
          .contains("Godkännanden")
          .contains("Godkänt av")
          .contains("Erik Johansson")
          .contains("Eva Lindqvist")
          .contains(HOSTILE)
          .doesNotContain("Väntar på godkännande");
    }
    // One still waiting says so, and who it waits for.
    long waitingId = assignments.create(SYSTEM, brief("Väntar " + suffix)).id();
    assignments.submit(SYSTEM, waitingId);
    HttpResponse<byte[]> waiting =
        new Browser().bytes("/api/assignments/" + waitingId + "/brief.pdf");
    try (PDDocument d = Loader.loadPDF(waiting.body())) {
      assertThat(new PDFTextStripper().getText(d).replaceAll("\\s+", " "))
          .contains("Ingen chef har godkänt uppdragshandlingen ännu.")
          .contains("Väntar på godkännande av Erik Johansson, Eva Lindqvist");
    }
  }

  @Test
  void thePortfolioExportsAsCsvAndXlsxWithFormulasMadeInert() throws Exception {
    HttpResponse<byte[]> csv = new Browser().bytes("/api/assignments/portfolio.csv?year=2026");
    assertThat(csv.statusCode()).isEqualTo(200);
    String text = new String(csv.body(), StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFFid;titel;typ");
    assertThat(text).contains("'=1+1 inskickat " + suffix);
    assertThat(text).contains("\"" + HOSTILE.replace("\"", "\"\"") + " beslutat " + suffix + "\"");
    HttpResponse<byte[]> xlsx = new Browser().bytes("/api/assignments/portfolio.xlsx?year=2026");
    assertThat(xlsx.statusCode()).isEqualTo(200);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      var sheet = wb.getSheetAt(0);
      boolean found = false;
      for (var row : sheet) {
        var cell = row.getCell(1);
        if (cell != null && cell.getStringCellValue().equals("=1+1 inskickat " + suffix)) {
          found = true;
          assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
          assertThat(cell.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
        }
      }
      assertThat(found).isTrue();
    }
    assertThat(new Browser().bytes("/api/assignments/portfolio.csv?year=20x6").statusCode())
        .isEqualTo(400);
  }

  @Test
  void theDiagramsComeFromTheRenderCacheWithETagsCheckedAfterTheParameters() throws Exception {
    Browser b = new Browser();
    HttpResponse<String> t = b.get("/api/diagrams/assignments/" + decided + "/timeline.svg");
    assertThat(t.statusCode()).isEqualTo(200);
    String etag = t.headers().firstValue("ETag").orElseThrow();
    assertThat(
            b.get("/api/diagrams/assignments/" + decided + "/timeline.svg", "If-None-Match", etag)
                .statusCode())
        .isEqualTo(304);
    HttpResponse<String> roles = b.get("/api/diagrams/assignments/" + decided + "/roles.svg");
    assertThat(roles.statusCode()).isEqualTo(200);
    assertThat(roles.body())
        .contains("Maja Svensson")
        .contains("Ansvarig chef")
        .contains("Erik Johansson")
        .contains("&lt;script&gt;")
        .doesNotContain("<script>");
    assertThat(b.bytes("/api/diagrams/assignments/" + decided + "/roles.png").statusCode())
        .isEqualTo(200);
    assertThat(b.get("/api/diagrams/assignments/" + decided + "/kaka.svg").statusCode())
        .isEqualTo(404);
    assertThat(
            b.get("/api/diagrams/assignments/999999999/timeline.svg", "If-None-Match", etag)
                .statusCode())
        .isEqualTo(404);
    HttpResponse<String> p = b.get("/api/diagrams/portfolio.svg?year=2026");
    assertThat(p.statusCode()).isEqualTo(200);
    String pe = p.headers().firstValue("ETag").orElseThrow();
    assertThat(b.get("/api/diagrams/portfolio.svg?year=2026", "If-None-Match", pe).statusCode())
        .isEqualTo(304);
    assertThat(b.get("/api/diagrams/portfolio.svg?year=abcd", "If-None-Match", pe).statusCode())
        .isEqualTo(400);
    assertThat(b.get("/api/diagrams/arshjul.svg?year=2026").statusCode()).isEqualTo(200);
  }

  @Test
  void theFeedsCarryTheHostileTitleIntactAndInert() throws Exception {
    HttpResponse<String> atom = new Browser().get("/uppdrag.atom");
    assertThat(atom.statusCode()).isEqualTo(200);
    assertThat(atom.body()).doesNotContain("<script>");
    var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    var feed =
        factory
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(atom.body().getBytes(StandardCharsets.UTF_8)));
    var titles = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title");
    List<String> all = new ArrayList<>();
    for (int i = 0; i < titles.getLength(); i++) {
      all.add(titles.item(i).getTextContent());
    }
    assertThat(all).contains(HOSTILE + " beslutat " + suffix);
    HttpResponse<String> json = new Browser().get("/uppdrag.json");
    assertThat(json.statusCode()).isEqualTo(200);
    // JSON is data, served as JSON with nosniff: the text comes back exactly as it was written.
    assertThat(json.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    Map<String, Object> parsed =
        mapper.readValue(
            json.body(), io.micronaut.core.type.Argument.mapOf(String.class, Object.class));
    assertThat(parsed.get("items").toString()).contains(HOSTILE + " beslutat " + suffix);
  }
}
