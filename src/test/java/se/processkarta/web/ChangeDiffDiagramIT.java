package se.processkarta.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import se.processkarta.SharedGraph;

/**
 * {@code /api/changes/{id}/diff.svg}, {@code .png} and {@code .pdf} (PDF/A-2b) over HTTP: a
 * submitted change with an added, a renamed (hostile name), a moved and a retired element draws all
 * four, revalidates by ETag, still draws once applied; an unknown change is 404 and an anonymous
 * caller 401.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChangeDiffDiagramIT implements SharedGraph {

  static final String ADMIN_PASSWORD = "test-admin-password";
  static final String PASSWORD = "a-long-test-password";
  static final String HOSTILE = "Process <script>alert(1)</script> & \"citat\" 'enkla' åäö";

  @Inject
  @Client("/")
  HttpClient http;

  private static final String OWNER = "sanna-makinen";
  private static final String SINCE = "2020-01-01";

  final String suffix = UUID.randomUUID().toString().substring(0, 8);
  String editor;
  String reviewer;

  @BeforeAll
  void users() {
    editor = user("dora-" + suffix, "MODEL_EDITOR");
    reviewer = user("rita-" + suffix, "MODEL_REVIEWER");
  }

  private String user(String name, String permission) {
    call(
        "admin",
        HttpRequest.POST(
            "/api/users",
            Map.of("username", name, "password", PASSWORD, "permissions", List.of(permission))));
    return name;
  }

  private <T extends MutableHttpRequest<?>> T as(String user, T r) {
    r.basicAuth(user, user.equals("admin") ? ADMIN_PASSWORD : PASSWORD);
    return r;
  }

  private Map<String, Object> call(String user, MutableHttpRequest<?> r) {
    return http.toBlocking().retrieve(as(user, r), Argument.mapOf(String.class, Object.class));
  }

  private static Map<String, Object> op(Object... kv) {
    Map<String, Object> m = new HashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  private long change(List<Map<String, Object>> ops) {
    Map<String, Object> c =
        call(
            editor,
            HttpRequest.POST("/api/changes", Map.of("title", "Diff " + suffix, "operations", ops)));
    long id = ((Number) c.get("id")).longValue();
    call(editor, HttpRequest.POST("/api/changes/" + id + "/submit", Map.of()));
    return id;
  }

  private HttpResponse<byte[]> get(String user, String uri) {
    return http.toBlocking().exchange(as(user, HttpRequest.GET(uri)), byte[].class);
  }

  @Test
  void aSubmittedChangeDrawsAllFourKindsAndStillDrawsOnceApplied() throws Exception {
    int n = se.processkarta.TestCodes.number();
    String target = "3.3.9." + n;
    String code = "3.3.8." + n;
    // An unknown code is cached as unknown by model version: once created it must be found.
    HttpClientResponseException unknown =
        assertThrows(HttpClientResponseException.class, () -> get(editor, "/api/elements/" + code));
    assertThat(unknown.getStatus().getCode()).isEqualTo(404);
    assertThat(
            assertThrows(
                    HttpClientResponseException.class,
                    () -> get(editor, "/api/elements/" + code + "/children"))
                .getStatus()
                .getCode())
        .isEqualTo(404);
    long setup =
        change(
            List.of(
                op("op", "createElement", "parentCode", "3.3.8", "code", code, "name", "Grund"),
                op("op", "createElement", "parentCode", code, "code", code + ".1", "name", "Ett"),
                op("op", "createElement", "parentCode", code, "code", code + ".2", "name", "Två"),
                op("op", "createElement", "parentCode", code, "code", code + ".3", "name", "Tre"),
                op("op", "createElement", "parentCode", "3.3.9", "code", target, "name", "Mål"),
                // Owners since long before the roles tests' reference day, so that the shared graph
                // gains no gaps for them to find.
                op(
                    "op",
                    "assignRole",
                    "code",
                    code,
                    "role",
                    "OWNER",
                    "personId",
                    OWNER,
                    "from",
                    SINCE),
                op(
                    "op",
                    "assignRole",
                    "code",
                    target,
                    "role",
                    "OWNER",
                    "personId",
                    OWNER,
                    "from",
                    SINCE)));
    call(reviewer, HttpRequest.POST("/api/changes/" + setup + "/approve", Map.of()));
    assertThat(get(editor, "/api/elements/" + code).getStatus().getCode()).isEqualTo(200);
    assertThat(get(editor, "/api/elements/" + code + "/children").getStatus().getCode())
        .isEqualTo(200);
    long id =
        change(
            List.of(
                op("op", "createElement", "parentCode", code, "code", code + ".4", "name", "Fyra"),
                op("op", "updateElement", "code", code + ".1", "name", HOSTILE),
                op(
                    "op",
                    "moveElement",
                    "code",
                    code + ".2",
                    "newParentCode",
                    target,
                    "newCode",
                    target + ".1"),
                op("op", "retireElement", "code", code + ".3")));

    HttpResponse<byte[]> svg = get(reviewer, "/api/changes/" + id + "/diff.svg");
    assertThat(svg.getContentType().orElseThrow().toString()).startsWith("image/svg+xml");
    String body = new String(svg.body(), StandardCharsets.UTF_8);
    for (String kind : List.of("added", "changed", "moved", "retired")) {
      assertThat(body).contains("data-diff=\"" + kind + "\"");
    }
    assertThat(body).doesNotContain("<script").contains("&lt;script&gt;").contains("åäö");
    String etag = svg.header(HttpHeaders.ETAG);
    assertThat(etag).isNotBlank();
    HttpResponse<byte[]> again =
        http.toBlocking()
            .exchange(
                as(
                    editor,
                    HttpRequest.GET("/api/changes/" + id + "/diff.svg")
                        .header(HttpHeaders.IF_NONE_MATCH, etag)),
                byte[].class);
    assertThat(again.getStatus().getCode()).isEqualTo(304);

    byte[] png = get(editor, "/api/changes/" + id + "/diff.png?width=512").body();
    assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");

    HttpResponse<byte[]> pdf = get(reviewer, "/api/changes/" + id + "/diff.pdf");
    assertThat(pdf.getContentType().orElseThrow().toString()).startsWith("application/pdf");
    assertThat(pdf.header(HttpHeaders.ETAG)).isNotBlank().isNotEqualTo(etag);
    assertThat(se.processkarta.render.VeraPdf.failures(pdf.body(), PDFAFlavour.PDFA_2_B)).isEmpty();

    call(reviewer, HttpRequest.POST("/api/changes/" + id + "/approve", Map.of()));
    String applied =
        new String(get(editor, "/api/changes/" + id + "/diff.svg").body(), StandardCharsets.UTF_8);
    assertThat(applied).contains("data-diff=\"moved\"").contains("data-diff=\"retired\"");
    assertThat(get(editor, "/api/changes/" + id + "/diff.svg").header(HttpHeaders.ETAG))
        .isNotEqualTo(etag);
  }

  @Test
  void anUnknownChangeIs404ProblemAndAnAnonymousCallerIs401() {
    HttpClientResponseException e =
        assertThrows(
            HttpClientResponseException.class,
            () -> get(editor, "/api/changes/987654321/diff.svg"));
    assertThat(e.getStatus().getCode()).isEqualTo(404);
    assertThat(e.getResponse().getContentType().orElseThrow().toString())
        .startsWith("application/problem+json");
    HttpClientResponseException anon =
        assertThrows(
            HttpClientResponseException.class,
            () ->
                http.toBlocking()
                    .exchange(HttpRequest.GET("/api/changes/1/diff.png"), byte[].class));
    assertThat(anon.getStatus().getCode()).isEqualTo(401);
  }
}
