package se.processkarta.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.processkarta.SharedGraph;

/**
 * {@code POST /api/import/{format}} over real HTTP against the shared embedded Neo4j and H2: round
 * trips through every importable format (export → import elsewhere → approve → the same model), and
 * a corpus of hostile and broken files, each refused with a clear 4xx and nothing created.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "processkarta.import.max-rows", value = "200")
// The shared 2-core machine runs several builds at once: a loaded answer is slow, not wrong.
@Property(name = "micronaut.http.client.read-timeout", value = "120s")
class ImportApiIT implements SharedGraph {

  static final String ADMIN_PASSWORD = "test-admin-password";
  static final String PASSWORD = "a-long-test-password";

  @Inject
  @Client("/")
  HttpClient http;

  @Inject EmbeddedServer server;

  final String suffix = UUID.randomUUID().toString().substring(0, 8);
  final Random random = new Random();
  String editor;
  String reviewer;

  /** The fixture: a process group with hostile texts, roles and activities, under 3.4. */
  String x;

  static final String PG_NAME = "Grupp; \"citat\" <script>alert(1)</script> & åäö";
  static final String P1_NAME = "Process <b>fet</b> & 'enkla' ; \"dubbla\" ÅÄÖ";

  @BeforeAll
  void fixture() {
    editor = user("imp-edit-" + suffix, "MODEL_EDITOR");
    reviewer = user("imp-rev-" + suffix, "MODEL_REVIEWER");
    x = "3.4." + (500 + random.nextInt(499_000));
    String a = "imp-a-" + suffix;
    String b = "imp-b-" + suffix;
    List<Map<String, Object>> ops = new ArrayList<>();
    ops.add(op("op", "createPerson", "id", a, "name", "Åsa Öberg <i>"));
    ops.add(op("op", "createPerson", "id", b, "name", "Bo \"Bosse\" & Co; AB"));
    ops.add(
        op(
            "op",
            "createElement",
            "parentCode",
            "3.4",
            "code",
            x,
            "name",
            PG_NAME,
            "description",
            "rad ett\nrad två; \"citat\" & <tagg>",
            "purpose",
            "=SUMMA(A1)",
            "recipient",
            "@alla, -minus, +plus"));
    ops.add(op("op", "createElement", "parentCode", x, "code", x + ".1", "name", P1_NAME));
    ops.add(op("op", "createElement", "parentCode", x, "code", x + ".2", "name", "Tom process"));
    ops.add(op("op", "createElement", "parentCode", x, "code", x + ".3", "name", "Mål för BPMN"));
    ops.add(
        op(
            "op",
            "createElement",
            "parentCode",
            x + ".1",
            "code",
            x + ".1.1",
            "name",
            "Steg ett åäö",
            "description",
            "'=inte en formel"));
    ops.add(
        op(
            "op",
            "createElement",
            "parentCode",
            x + ".1",
            "code",
            x + ".1.2",
            "name",
            "Steg <två>"));
    ops.add(op("op", "assignRole", "code", x, "role", "OWNER", "personId", a));
    ops.add(op("op", "assignRole", "code", x + ".1", "role", "OWNER", "personId", a));
    ops.add(op("op", "assignRole", "code", x + ".1", "role", "LEAD", "personId", b));
    ops.add(
        op(
            "op",
            "assignRole",
            "code",
            x + ".1",
            "role",
            "TEAM_MEMBER",
            "personId",
            a,
            "competence",
            "Ekonomi"));
    ops.add(
        op(
            "op",
            "assignRole",
            "code",
            x + ".1",
            "role",
            "TEAM_MEMBER",
            "personId",
            b,
            "competence",
            "IT"));
    ops.add(op("op", "assignRole", "code", x + ".2", "role", "OWNER", "personId", b));
    ops.add(op("op", "assignRole", "code", x + ".3", "role", "OWNER", "personId", b));
    Map<String, Object> c =
        call(
            editor,
            HttpRequest.POST("/api/changes", Map.of("title", "Importtest", "operations", ops)));
    publish(((Number) c.get("id")).longValue());
  }

  // ---- round trips ----

  @Test
  void csvRoundTripGivesTheSameModelWithEveryFieldAndHostileTextIntact() {
    String y = "3.6." + (500 + random.nextInt(499_000));
    String original = text(export("csv", x));
    assertThat(original).contains("'=SUMMA(A1)").contains("<script>");
    byte[] file = original.replace(x, y).getBytes(StandardCharsets.UTF_8);

    Map<String, Object> result = importFile("csv", "", file, "text/csv");
    @SuppressWarnings("unchecked")
    Map<String, Object> summary = (Map<String, Object>) result.get("summary");
    assertThat(summary)
        .containsEntry("added", withoutTeams(original).size() - 1)
        .containsEntry("moved", 0);
    publishImport(result);

    assertThat(text(export("csv", y))).isEqualTo(original.replace(x, y));
  }

  @Test
  void xlsxRoundTripGivesTheSameModel() throws IOException {
    String y = "3.7." + (500 + random.nextInt(499_000));
    byte[] xlsx = export("xlsx", x);
    byte[] file;
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      for (Row row : wb.getSheetAt(0)) {
        Cell code = row.getCell(0);
        if (row.getRowNum() > 0) {
          // a new cell, as Excel writes an edited one (POI's setCellValue on an inline string
          // leaves the old text in place)
          String recoded = code.getStringCellValue().replace(x, y);
          row.removeCell(code);
          row.createCell(0).setCellValue(recoded);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      file = out.toByteArray();
    }
    publishImport(multipart("xlsx", "", file, "processer.xlsx"));
    assertThat(text(export("csv", y))).isEqualTo(text(export("csv", x)).replace(x, y));
  }

  @Test
  void archimateRoundTripGivesTheSameModelExceptTheTeamItDoesNotCarry() {
    String y = "3.8." + (500 + random.nextInt(499_000));
    String file = text(export("archimate", x)).replace(x, y);
    publishImport(
        importFile("archimate", "", file.getBytes(StandardCharsets.UTF_8), "application/xml"));
    List<List<String>> want = withoutTeams(text(export("csv", x)).replace(x, y));
    assertThat(withoutTeams(text(export("csv", y)))).isEqualTo(want);
    assertThat(text(export("csv", y))).contains(P1_NAME.replace("\"", "\"\""));
  }

  @Test
  void bpmnOfOneProcessImportedUnderAnotherGivesTheSameActivities() {
    byte[] bpmn = export("bpmn", x + ".1");
    Map<String, Object> result = importFile("bpmn", "?code=" + x + ".3", bpmn, "application/xml");
    publishImport(result);
    List<String> from = activities(x + ".1");
    assertThat(from).hasSize(2);
    assertThat(activities(x + ".3")).isEqualTo(from);
  }

  @Test
  void anUnchangedFileMakesNoOperationAndNoChange() {
    byte[] same = export("csv", x);
    HttpResponse<Map<String, Object>> r =
        http.toBlocking()
            .exchange(
                HttpRequest.POST("/api/import/csv?root=" + x, same)
                    .contentType("text/csv")
                    .basicAuth(editor, PASSWORD),
                Argument.mapOf(String.class, Object.class));
    assertThat(r.getStatus().getCode()).isEqualTo(200);
    assertThat(r.body().get("change")).isNull();
  }

  @Test
  void aRenamedRowBecomesOneUpdateAndARecodedOneAMove() {
    String csv = text(export("csv", x));
    // rename 1.2, and move the empty process 2 to a new code 9 under the same group
    String edited =
        csv.replace(x + ".1.2;5;Steg <två>", x + ".1.2;5;Steg två, nytt namn")
            .replace(x + ".2;", x + ".9;");
    Map<String, Object> result =
        importFile("csv", "?root=" + x, edited.getBytes(StandardCharsets.UTF_8), "text/csv");
    @SuppressWarnings("unchecked")
    Map<String, Object> summary = (Map<String, Object>) result.get("summary");
    assertThat(summary)
        .as(result.toString())
        .containsEntry("added", 0)
        .containsEntry("changed", 1)
        .containsEntry("moved", 1)
        .containsEntry("retired", 0);
    @SuppressWarnings("unchecked")
    Map<String, Object> change = (Map<String, Object>) result.get("change");
    assertThat(change).containsEntry("state", "DRAFT");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> ops = (List<Map<String, Object>>) change.get("operations");
    assertThat(ops)
        .extracting(o -> o.get("op"))
        .containsExactlyInAnyOrder("moveElement", "updateElement");
    withdraw(change);
  }

  // ---- hostile and broken files: a clear 4xx, nothing created ----

  @Test
  void latin1IsRefusedWithTheLineOfTheFirstBadByte() {
    String csv = text(export("csv", x));
    refused(
        "csv", "", csv.replace("\uFEFF", "").getBytes(StandardCharsets.ISO_8859_1), 400, "UTF-8");
  }

  @Test
  void utf16IsRefused() {
    refused("csv", "", text(export("csv", x)).getBytes(StandardCharsets.UTF_16), 400, "UTF-16");
  }

  @Test
  void missingAndReorderedColumnsAreRefusedNamingTheColumn() {
    String csv = text(export("csv", x));
    refused("csv", "", bytes(csv.replace(";syfte;", ";")), 400, "syfte");
    refused("csv", "", bytes(csv.replace("namn;beskrivning", "beskrivning;namn")), 400, "namn");
  }

  @Test
  void codesThatBreakTheLevelRulesAreRefusedWithRowAndColumn() {
    String header = text(export("csv", x)).lines().findFirst().orElseThrow();
    String csv =
        header + "\r\n" + x + ".1.1.1.1;5;Sex nivåer;;;;;;;\r\n" + x + ".3;2;Fel nivå;;;;;;;\r\n";
    HttpClientResponseException e = refused("csv", "", bytes(csv), 422, "Rad 2");
    assertThat(body(e)).contains("Rad 3, kolumn ”nivå”").doesNotContain("Exception");
  }

  @Test
  void duplicateCodesAreRefused() {
    String csv = text(export("csv", x));
    String row = csv.lines().filter(l -> l.startsWith(x + ".1.1;")).findFirst().orElseThrow();
    refused("csv", "", bytes(csv + row + "\r\n"), 422, "finns redan");
  }

  @Test
  void aMoveUnderItselfIsRefusedAsACycle() {
    String csv = text(export("csv", x));
    // X.1 leaves the file and comes back below its own code: a move into itself
    String rows = String.join("\r\n", csv.lines().filter(l -> !l.startsWith(x + ".1.")).toList());
    String p1 = rows.lines().filter(l -> l.startsWith(x + ".1;")).findFirst().orElseThrow();
    String edited = rows.replace(p1, x + ".1.7;5;\"" + P1_NAME.replace("\"", "\"\"") + "\";;;;;;;");
    refused("csv", "?root=" + x, bytes(edited + "\r\n"), 422, "cykel");
  }

  @Test
  void formulaCellsAreRefused() throws IOException {
    String header = text(export("csv", x)).lines().findFirst().orElseThrow();
    refused(
        "csv",
        "",
        bytes(header + "\r\n" + x + ".5;4;=HYPERLINK(\"http://evil\");;;;;;;\r\n"),
        422,
        "formel");
    byte[] xlsx;
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(export("xlsx", x)))) {
      wb.getSheetAt(0).getRow(1).getCell(2).setCellFormula("1+1");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      xlsx = out.toByteArray();
    }
    refused("xlsx", "", xlsx, 422, "formel");
  }

  @Test
  void aBillionLaughsFileIsRefusedWithoutExpandingAnything() {
    String xml =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
            + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
            + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
            + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">]>\n"
            + "<model xmlns=\"http://www.opengroup.org/xsd/archimate/3.0/\"><name>&lol4;</name></model>";
    refused("archimate", "", bytes(xml), 400, "DOCTYPE");
    refused("bpmn", "?code=" + x + ".2", bytes(xml), 400, "DOCTYPE");
  }

  @Test
  void anExternalEntityPointingAtALocalFileIsRefused() {
    String xml =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE m [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
            + "<model xmlns=\"http://www.opengroup.org/xsd/archimate/3.0/\"><name>&xxe;</name></model>";
    HttpClientResponseException e = refused("archimate", "", bytes(xml), 400, "DOCTYPE");
    assertThat(body(e)).doesNotContain("root:");
  }

  @Test
  void aZipBombWorkbookIsRefused() throws IOException {
    byte[] xlsx = export("xlsx", x);
    java.nio.file.Path tmp = java.nio.file.Files.createTempFile("bomb", ".xlsx");
    java.nio.file.Files.write(tmp, xlsx);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(tmp.toFile());
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.setLevel(9);
      for (ZipEntry e : java.util.Collections.list(in.entries())) {
        byte[] content = in.getInputStream(e).readAllBytes();
        zip.putNextEntry(new ZipEntry(e.getName()));
        if (e.getName().endsWith("sheet1.xml")) {
          String s = new String(content, StandardCharsets.UTF_8);
          int at = s.indexOf("<sheetData>") + "<sheetData>".length();
          zip.write(s.substring(0, at).getBytes(StandardCharsets.UTF_8));
          byte[] blank = new byte[1 << 20];
          java.util.Arrays.fill(blank, (byte) ' ');
          for (int i = 0; i < 300; i++) {
            zip.write(blank);
          }
          zip.write(s.substring(at).getBytes(StandardCharsets.UTF_8));
        } else {
          zip.write(content);
        }
        zip.closeEntry();
      }
    } finally {
      java.nio.file.Files.deleteIfExists(tmp);
    }
    assertThat(out.size()).isLessThan(2 << 20);
    refused("xlsx", "", out.toByteArray(), 400, "packas upp");
  }

  @Test
  void tooManyRowsIs413NamingTheLimit() {
    StringBuilder csv = new StringBuilder(text(export("csv", x)).lines().findFirst().orElseThrow());
    for (int i = 1; i <= 201; i++) {
      csv.append("\r\n")
          .append(x)
          .append(".1.")
          .append(100 + i)
          .append(";5;Steg ")
          .append(i)
          .append(";;;;;;;");
    }
    refused("csv", "", bytes(csv.toString()), 413, "200");
  }

  @Test
  void a200MegabyteUploadIs413BeforeItIsRead() throws IOException {
    long length = 200L * 1024 * 1024;
    try (Socket s = new Socket("127.0.0.1", server.getPort())) {
      s.setSoTimeout(20_000);
      OutputStream out = s.getOutputStream();
      String auth =
          Base64.getEncoder()
              .encodeToString((editor + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
      out.write(
          ("POST /api/import/csv HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/csv\r\n"
                  + "Authorization: Basic "
                  + auth
                  + "\r\nContent-Length: "
                  + length
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.write(new byte[64 * 1024]);
      out.flush();
      InputStream in = s.getInputStream();
      String head = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
      assertThat(head).isEqualTo("HTTP/1.1 413");
      // the problem names the limit (headers and body may come in several reads)
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      byte[] buf = new byte[4096];
      while (!answer.toString(StandardCharsets.UTF_8).contains("}")) {
        int n = in.read(buf);
        if (n <= 0) {
          break;
        }
        answer.write(buf, 0, n);
      }
      assertThat(answer.toString(StandardCharsets.UTF_8)).contains("högst 10485760 byte");
    }
  }

  @Test
  void anUnknownFormatIs404() {
    refused("visio", "", bytes("x"), 404, "/api/import/visio");
  }

  @Test
  void englishMessagesWhenAskedFor() {
    HttpClientResponseException e =
        assertThrows(
            HttpClientResponseException.class,
            () ->
                http.toBlocking()
                    .exchange(
                        HttpRequest.POST("/api/import/csv", bytes("a;b\r\n"))
                            .contentType("text/csv")
                            .header("Accept-Language", "en")
                            .basicAuth(editor, PASSWORD)));
    assertThat(body(e)).contains("The column");
  }

  /**
   * The smaller refusals of issue 20: JSON is no import file (415, not a misleading reading of it
   * as CSV); a raw body labelled multipart/form-data is 400 saying so (it was 413, "too large").
   */
  @Test
  void jsonIs415AndARawBodyLabelledMultipartIs400() throws Exception {
    for (String format : List.of("csv", "xlsx", "archimate", "bpmn")) {
      HttpClientResponseException e =
          assertThrows(
              HttpClientResponseException.class,
              () ->
                  http.toBlocking()
                      .exchange(
                          HttpRequest.POST("/api/import/" + format, "{\"kod\":\"3.5\"}")
                              .contentType("application/json")
                              .basicAuth(editor, PASSWORD)));
      assertThat(e.getStatus().getCode()).as(format).isEqualTo(415);
    }
    byte[] raw = "kod;namn\r\n".repeat(20_000).getBytes(StandardCharsets.UTF_8);
    for (String type : List.of("multipart/form-data", "multipart/form-data; boundary=abc")) {
      java.net.http.HttpResponse<String> r =
          java.net.http.HttpClient.newHttpClient()
              .send(
                  java.net.http.HttpRequest.newBuilder(
                          java.net.URI.create(server.getURL() + "/api/import/csv"))
                      .header("Content-Type", type)
                      .header(
                          "Authorization",
                          "Basic "
                              + Base64.getEncoder()
                                  .encodeToString(
                                      (editor + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                      .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(raw))
                      .build(),
                  java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as(type + " " + r.body()).isEqualTo(400);
      assertThat(r.body()).contains("multipart/form-data").contains("file");
    }
  }

  // ---- helpers ----

  private HttpClientResponseException refused(
      String format, String query, byte[] file, int status, String says) {
    int before = changes();
    HttpClientResponseException e =
        assertThrows(
            HttpClientResponseException.class,
            () ->
                http.toBlocking()
                    .exchange(
                        HttpRequest.POST("/api/import/" + format + query, file)
                            .contentType(typeOf(format))
                            .basicAuth(editor, PASSWORD),
                        String.class));
    assertThat(e.getStatus().getCode()).as(body(e)).isEqualTo(status);
    assertThat(e.getResponse().getContentType().map(Object::toString))
        .hasValue("application/problem+json");
    assertThat(body(e)).contains(says).doesNotContain("at se.").doesNotContain("Exception");
    assertThat(changes()).isEqualTo(before);
    return e;
  }

  private static String typeOf(String format) {
    return switch (format) {
      case "csv" -> "text/csv";
      case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
      case "archimate", "bpmn" -> "application/xml";
      default -> "application/octet-stream";
    };
  }

  private static String body(HttpClientResponseException e) {
    return e.getResponse().getBody(String.class).orElse("");
  }

  private int changes() {
    return http.toBlocking()
        .retrieve(
            HttpRequest.GET("/api/changes?author=" + editor).basicAuth(editor, PASSWORD),
            Argument.listOf(Argument.mapOf(String.class, Object.class)))
        .size();
  }

  private Map<String, Object> importFile(String format, String query, byte[] file, String type) {
    HttpResponse<Map<String, Object>> r =
        http.toBlocking()
            .exchange(
                HttpRequest.POST("/api/import/" + format + query, file)
                    .contentType(type)
                    .basicAuth(editor, PASSWORD),
                Argument.mapOf(String.class, Object.class));
    assertThat(r.getStatus().getCode()).isEqualTo(201);
    return r.body();
  }

  private Map<String, Object> multipart(String format, String query, byte[] file, String name) {
    MultipartBody body =
        MultipartBody.builder()
            .addPart("file", name, MediaType.of("application/octet-stream"), file)
            .build();
    HttpResponse<Map<String, Object>> r =
        http.toBlocking()
            .exchange(
                HttpRequest.POST("/api/import/" + format + query, body)
                    .contentType(MediaType.MULTIPART_FORM_DATA_TYPE)
                    .basicAuth(editor, PASSWORD),
                Argument.mapOf(String.class, Object.class));
    assertThat(r.getStatus().getCode()).isEqualTo(201);
    @SuppressWarnings("unchecked")
    Map<String, Object> change = (Map<String, Object>) r.body().get("change");
    assertThat((String) change.get("title")).contains("processer.xlsx");
    return r.body();
  }

  private void publishImport(Map<String, Object> result) {
    @SuppressWarnings("unchecked")
    Map<String, Object> change = (Map<String, Object>) result.get("change");
    assertThat(change).containsEntry("state", "DRAFT");
    publish(((Number) change.get("id")).longValue());
  }

  private void publish(long id) {
    call(editor, HttpRequest.POST("/api/changes/" + id + "/submit", Map.of()));
    Map<String, Object> done =
        call(reviewer, HttpRequest.POST("/api/changes/" + id + "/approve", Map.of()));
    assertThat(done).containsEntry("state", "APPLIED");
  }

  private void withdraw(Map<String, Object> change) {
    call(editor, HttpRequest.POST("/api/changes/" + change.get("id") + "/withdraw", Map.of()));
  }

  private byte[] export(String format, String root) {
    return http.toBlocking()
        .retrieve(HttpRequest.GET("/api/export/" + format + "?root=" + root), byte[].class);
  }

  private List<String> activities(String process) {
    List<String> out = new ArrayList<>();
    for (String line : text(export("csv", process)).lines().toList()) {
      String[] cells = line.split(";", -1);
      if (cells.length > 3 && cells[1].equals("5")) {
        out.add(cells[2] + "|" + cells[3]);
      }
    }
    return out;
  }

  /** The rows with the team column left out, parsed as CSV. */
  private static List<List<String>> withoutTeams(String csv) {
    List<List<String>> out = new ArrayList<>();
    try (var p = se.processkarta.export.Table.CSV.parse(new java.io.StringReader(csv))) {
      for (var r : p) {
        List<String> cells = new ArrayList<>(r.toList());
        cells.set(9, "");
        out.add(cells);
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out;
  }

  private static String text(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private String user(String name, String permission) {
    call(
        "admin",
        HttpRequest.POST(
            "/api/users",
            Map.of("username", name, "password", PASSWORD, "permissions", List.of(permission))));
    return name;
  }

  private Map<String, Object> call(String user, MutableHttpRequest<?> r) {
    String pw = user.equals("admin") ? ADMIN_PASSWORD : PASSWORD;
    return http.toBlocking()
        .retrieve(r.basicAuth(user, pw), Argument.mapOf(String.class, Object.class));
  }

  private static Map<String, Object> op(Object... kv) {
    Map<String, Object> m = new HashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }
}
