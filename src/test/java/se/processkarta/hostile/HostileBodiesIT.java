package se.processkarta.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.web.router.Router;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import se.processkarta.SharedGraph;
import se.processkarta.changes.Actor;
import se.processkarta.changes.ChangeService;
import se.processkarta.changes.Operation;
import se.processkarta.changes.Permission;
import se.processkarta.changes.Sessions;
import se.processkarta.changes.Users;

/**
 * The hostile suite for request bodies (issue 20): every write route the server has, found in its
 * router as the query suite finds them, gets generated bodies of the media types it consumes — JSON
 * built from the route's own body record (each field a hostile value, a wrong type, a huge number,
 * an array where a string belongs) or broken outright; forms with the session's CSRF token and
 * hostile fields; multipart uploads and raw import files (CSV, XML, XLSX-like zips, random bytes) —
 * sent by a modellansvarig, so that what answers is the body handling and not the permission check.
 * No answer may be 5xx, an error must be problem+json without a stack trace, and the published
 * model must be the same afterwards. On a relational store of its own, where nobody else's change
 * waits to be approved.
 */
class HostileBodiesIT {

  static final String OWNER = "fuzz-owner";
  static final String PASSWORD = "fuzz-owner-password";
  static final AtomicInteger SENT = new AtomicInteger();
  static final java.util.Set<String> UNAUTHORIZED =
      java.util.concurrent.ConcurrentHashMap.newKeySet();
  static final Map<Integer, Integer> STATUSES = new java.util.concurrent.ConcurrentSkipListMap<>();

  private static EmbeddedServer server;
  private static List<RouteTable.Route> writes;
  private static String basic;
  private static Sessions sessions;
  private static List<String> ids;
  private static String fingerprint;

  @BeforeContainer
  static void start() {
    ApplicationContext context =
        ApplicationContext.builder()
            .environments("test")
            .properties(
                Map.of(
                    "processkarta.neo4j.uri",
                    SharedGraph.boltUri(),
                    "processkarta.neo4j.password",
                    SharedGraph.password(),
                    "micronaut.server.port",
                    "-1",
                    "datasources.default.url",
                    "jdbc:h2:mem:hostilebodies;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"))
            .start();
    server = context.getBean(EmbeddedServer.class).start();
    Users users = context.getBean(Users.class);
    users.create(OWNER, PASSWORD, "Fuzz", List.of("MODEL_OWNER"));
    users.create("fuzz-target", PASSWORD, "Mål", List.of("READER"));
    basic =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((OWNER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    sessions = context.getBean(Sessions.class);
    ChangeService changes = context.getBean(ChangeService.class);
    Actor me = Actor.with(OWNER, Permission.MODEL_REVIEWER);
    long draft = changes.create(me, "Utkast", null, List.of(rename("3.3", "Fuzz"))).id();
    long submitted = changes.create(me, "Inskickat", null, List.of(rename("3.4", "Fuzz"))).id();
    changes.submit(me, submitted);
    ids = List.of(String.valueOf(draft), String.valueOf(submitted), "1", "fuzz-target");
    writes =
        RouteTable.of(context.getBean(Router.class)).routes().stream()
            .filter(r -> Set.of("POST", "PUT", "PATCH", "DELETE").contains(r.method()))
            .toList();
    fingerprint = HostileServer.fingerprint(server.getPort());
  }

  @AfterContainer
  static void theModelIsUnchangedAndEnoughWasSent() {
    // The spread of answers, so that a run shows it reached the body handling (not only 401/403).
    System.out.println("HostileBodiesIT: " + SENT.get() + " bodies, answers " + STATUSES);
    System.out.println("HostileBodiesIT 401: " + UNAUTHORIZED);
    try {
      assertThat(HostileServer.fingerprint(server.getPort())).isEqualTo(fingerprint);
      assertThat(SENT.get()).as("bodies sent").isGreaterThanOrEqualTo(3000);
    } finally {
      server.getApplicationContext().close();
    }
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

  @Provide
  Arbitrary<RouteTable.Route> routes() {
    return Arbitraries.of(writes);
  }

  @Property(tries = 3200)
  void noGeneratedBodyGetsA5xxOrAStackTrace(
      @ForAll("routes") RouteTable.Route route, @ForAll long seed) throws Exception {
    Random random = new Random(seed);
    List<String> path = new ArrayList<>();
    for (int i = 0; i < route.pathVariables().size(); i++) {
      path.add(
          random.nextInt(3) == 0
              ? HostileValues.encode(pick(random, HostileValues.INJECTION))
              : pick(random, ids));
    }
    String target = route.path(path);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Accept-Language", random.nextBoolean() ? "sv" : "en");
    String type = route.consumes().isEmpty() ? "application/json" : pick(random, route.consumes());
    boolean page =
        type.startsWith("application/x-www-form-urlencoded")
            || (type.startsWith("multipart/form-data") && !route.template().startsWith("/api/"));
    headers.put(
        "Accept",
        page ? "text/html, */*;q=0.1" : random.nextBoolean() ? "application/json" : "*/*");
    byte[] body;
    // A session of its own for each form (one of them may be the logout form).
    String cookie = sessions.open(OWNER);
    String csrf = sessions.find(cookie).orElseThrow().csrf();
    if (type.startsWith("application/x-www-form-urlencoded")) {
      headers.put("Cookie", "pk_session=" + cookie);
      body = form(random, csrf).getBytes(StandardCharsets.UTF_8);
    } else if (type.startsWith("multipart/form-data")) {
      if (page) {
        headers.put("Cookie", "pk_session=" + cookie);
      } else {
        headers.put("Authorization", basic);
      }
      String boundary = "----fuzz" + random.nextInt(1_000_000);
      type = "multipart/form-data; boundary=" + boundary;
      body = multipart(random, boundary, csrf);
    } else if (type.startsWith("application/json")) {
      headers.put("Authorization", basic);
      body = json(random, route.body());
    } else {
      headers.put("Authorization", basic);
      body = file(random);
    }
    headers.put("Content-Type", type);
    RawHttp.Answer a = RawHttp.sendBody(server.getPort(), route.method(), target, headers, body);
    SENT.incrementAndGet();
    STATUSES.merge(a.status(), 1, Integer::sum);
    if (a.status() == 401 && UNAUTHORIZED.size() < 20) {
      UNAUTHORIZED.add(route + " [" + type + "]");
    }
    String shown = route + " " + target + " [" + type + "] " + preview(body);
    assertThat(a.status()).as(shown + " -> " + a.body()).isLessThan(500);
    if (a.status() >= 400 && a.header("content-type").startsWith("application/problem+json")) {
      assertThat(a.body())
          .as(shown)
          .doesNotContain("Exception")
          .doesNotContain("\tat ")
          .doesNotContain("at se.processkarta");
    }
  }

  private static String preview(byte[] body) {
    String s = new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8);
    return s + (body.length > 300 ? "… (" + body.length + " bytes)" : "");
  }

  // ---- values ----

  private static final List<String> FIELDS =
      List.of(
          "_csrf",
          "title",
          "motivation",
          "op",
          "code",
          "name",
          "parentCode",
          "newParentCode",
          "newCode",
          "description",
          "purpose",
          "recipient",
          "role",
          "personId",
          "from",
          "to",
          "competence",
          "id",
          "email",
          "orgUnit",
          "poolId",
          "percent",
          "comment",
          "body",
          "username",
          "password",
          "displayName",
          "permissions",
          "disabled",
          "root",
          "format",
          "kind",
          "form",
          "start",
          "end",
          "responsibleId",
          "managerId",
          "group");

  private static final List<String> OPS =
      List.of(
          "createElement",
          "updateElement",
          "moveElement",
          "retireElement",
          "assignRole",
          "endRole",
          "createPerson",
          "updatePerson",
          "allocate",
          "deleteEverything",
          "");

  private static <T> T pick(Random random, List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  private static String text(Random random) {
    return switch (random.nextInt(9)) {
      case 0 -> pick(random, HostileValues.VALID);
      case 1 -> pick(random, HostileValues.BOUNDARY);
      case 2, 3 -> pick(random, HostileValues.INJECTION);
      case 4 -> "x".repeat(random.nextInt(5000));
      case 5 -> "3." + random.nextInt(20) + "." + random.nextInt(20);
      case 6 -> new String(Character.toChars(0x202E)) + "abc" + "\u0000" + "\uD800";
      case 7 -> String.valueOf(random.nextLong());
      default -> pick(random, List.of("anna-lind", "../../anvandare", "a/b?c=1#d", "2026-13-45"));
    };
  }

  // ---- forms ----

  private static String form(Random random, String csrf) {
    StringBuilder b = new StringBuilder();
    if (random.nextInt(10) > 0) {
      b.append("_csrf=").append(csrf);
    }
    int n = random.nextInt(12);
    for (int i = 0; i < n; i++) {
      b.append('&')
          .append(
              random.nextInt(8) == 0 ? HostileValues.encode(text(random)) : pick(random, FIELDS))
          .append('=');
      String v = text(random);
      b.append(random.nextInt(6) == 0 ? v.replace("%", "%%zz") : HostileValues.encode(v));
    }
    return b.toString();
  }

  // ---- multipart ----

  private static byte[] multipart(Random random, String boundary, String csrf) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (random.nextInt(10) > 0) {
      part(out, boundary, "_csrf", null, csrf.getBytes(StandardCharsets.UTF_8));
    }
    if (random.nextInt(8) > 0) {
      part(out, boundary, "file", text(random).replace("\"", "'") + ".csv", file(random));
    }
    if (random.nextBoolean()) {
      part(
          out, boundary, pick(random, FIELDS), null, text(random).getBytes(StandardCharsets.UTF_8));
    }
    if (random.nextInt(6) > 0) {
      out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  private static void part(
      ByteArrayOutputStream out, String boundary, String name, String fileName, byte[] content) {
    StringBuilder h = new StringBuilder("--" + boundary + "\r\nContent-Disposition: form-data; ");
    h.append("name=\"")
        .append(name.replace("\"", "'").replace("\r", "").replace("\n", ""))
        .append('"');
    if (fileName != null) {
      h.append("; filename=\"")
          .append(fileName.replace("\r", "").replace("\n", ""))
          .append("\"\r\nContent-Type: text/csv");
    }
    h.append("\r\n\r\n");
    out.writeBytes(h.toString().getBytes(StandardCharsets.UTF_8));
    out.writeBytes(content);
    out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
  }

  // ---- import files ----

  private static byte[] file(Random random) {
    return switch (random.nextInt(7)) {
      case 0, 1 -> csv(random);
      case 2 -> xml(random, "model", "http://www.opengroup.org/xsd/archimate/3.0/");
      case 3 -> xml(random, "definitions", "http://www.omg.org/spec/BPMN/20100524/MODEL");
      case 4 -> zip(random);
      case 5 -> {
        byte[] b = new byte[random.nextInt(4096)];
        random.nextBytes(b);
        yield b;
      }
      default -> text(random).getBytes(StandardCharsets.UTF_8);
    };
  }

  private static byte[] csv(Random random) {
    StringBuilder b = new StringBuilder();
    if (random.nextInt(5) > 0) {
      b.append(String.join(";", se.processkarta.export.Table.COLUMNS)).append("\r\n");
    }
    int rows = random.nextInt(30);
    for (int r = 0; r < rows; r++) {
      int cells = random.nextInt(12);
      for (int c = 0; c < cells; c++) {
        if (c > 0) {
          b.append(random.nextInt(15) == 0 ? "," : ";");
        }
        String v =
            c == 0
                ? "3.3.8." + random.nextInt(100)
                : c == 1 ? "" + random.nextInt(7) : text(random);
        b.append(random.nextBoolean() ? '"' + v.replace("\"", "\"\"") + '"' : v);
      }
      b.append(random.nextInt(10) == 0 ? "\n" : "\r\n");
    }
    byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
    if (random.nextInt(10) == 0 && bytes.length > 0) {
      bytes[random.nextInt(bytes.length)] = (byte) (random.nextInt(2) == 0 ? 0 : 0xFF);
    }
    return bytes;
  }

  private static byte[] xml(Random random, String root, String ns) {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    if (random.nextInt(10) == 0) {
      b.append("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n");
    }
    b.append('<').append(root).append(" xmlns=\"").append(ns).append("\">");
    int n = random.nextInt(20);
    for (int i = 0; i < n; i++) {
      String name = text(random).replace("<", "&lt;").replace("&", "&amp;");
      switch (random.nextInt(5)) {
        case 0 ->
            b.append("<element identifier=\"id-")
                .append(i)
                .append("\"><name>")
                .append(name)
                .append("</name></element>");
        case 1 ->
            b.append("<process id=\"p")
                .append(i)
                .append("\"><task id=\"t")
                .append(i)
                .append("\" name=\"")
                .append(name.replace("\"", "&quot;"))
                .append("\"/></process>");
        case 2 -> b.append("<a>".repeat(random.nextInt(400)));
        case 3 -> b.append("<unclosed ").append(name);
        default -> b.append(name);
      }
    }
    if (random.nextInt(4) > 0) {
      b.append("</").append(root).append('>');
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] zip(Random random) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out)) {
      for (String entry :
          List.of("[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml")) {
        if (random.nextInt(4) == 0) {
          continue;
        }
        z.putNextEntry(new java.util.zip.ZipEntry(entry));
        z.write(
            xml(random, "worksheet", "http://schemas.openxmlformats.org/spreadsheetml/2006/main"));
        z.closeEntry();
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    byte[] bytes = out.toByteArray();
    if (random.nextInt(4) == 0 && bytes.length > 10) {
      return java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
    }
    return bytes;
  }

  // ---- JSON ----

  private static byte[] json(Random random, Class<?> body) {
    String text =
        switch (random.nextInt(10)) {
          case 0 ->
              pick(
                  random,
                  List.of(
                      "",
                      "{",
                      "[",
                      "null",
                      "true",
                      "\"text\"",
                      "{\"a\":}",
                      "{}{}",
                      "[[[[",
                      "{\"title\":\"x\"",
                      "\uFEFF{}",
                      "{\"a\":1e999999}",
                      "{\"a\":-0}",
                      "[".repeat(5000) + "]".repeat(5000),
                      "{\"a\":".repeat(3000) + "1" + "}".repeat(3000)));
          case 1 -> value(random, Object.class, null, 0);
          default -> value(random, body == null ? Object.class : body, null, 0);
        };
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (random.nextInt(15) == 0 && bytes.length > 2) {
      bytes[random.nextInt(bytes.length)] = (byte) 0xC3; // a broken UTF-8 sequence
    }
    return bytes;
  }

  /** A JSON value for {@code type}: mostly the right shape with hostile content, sometimes not. */
  private static String value(Random random, Class<?> type, Type generic, int depth) {
    if (depth > 4 || random.nextInt(12) == 0) {
      return pick(
          random,
          List.of(
              "null",
              "0",
              "-1",
              "1e308",
              "9999999999999999999999",
              "true",
              "[]",
              "{}",
              "\"\"",
              quote(text(random))));
    }
    if (type.isRecord()) {
      StringBuilder b = new StringBuilder("{");
      boolean first = true;
      for (RecordComponent c : type.getRecordComponents()) {
        if (random.nextInt(5) == 0) {
          continue;
        }
        if (!first) {
          b.append(',');
        }
        first = false;
        b.append(quote(c.getName())).append(':');
        if (c.getName().equals("op")) {
          b.append(quote(pick(random, OPS)));
        } else {
          b.append(value(random, c.getType(), c.getGenericType(), depth + 1));
        }
      }
      if (random.nextInt(8) == 0) {
        b.append(first ? "" : ",").append(quote(text(random))).append(":1");
      }
      return b.append('}').toString();
    }
    if (List.class.isAssignableFrom(type)) {
      Class<?> element = Object.class;
      if (generic instanceof ParameterizedType p
          && p.getActualTypeArguments()[0] instanceof Class<?> c) {
        element = c;
      }
      int n = random.nextInt(random.nextInt(20) == 0 ? 300 : 6);
      StringBuilder b = new StringBuilder("[");
      for (int i = 0; i < n; i++) {
        if (i > 0) {
          b.append(',');
        }
        b.append(value(random, element, null, depth + 1));
      }
      return b.append(']').toString();
    }
    if (type.isEnum()) {
      Object[] constants = type.getEnumConstants();
      return quote(
          random.nextInt(3) == 0
              ? text(random)
              : constants[random.nextInt(constants.length)].toString());
    }
    if (type == Integer.class
        || type == int.class
        || type == Long.class
        || type == long.class
        || type == Double.class
        || type == double.class) {
      return pick(
          random,
          List.of(
              "0",
              "-1",
              "100",
              "101",
              "2147483648",
              "-9223372036854775809",
              "1.5",
              "1e10",
              "\"12\"",
              "null"));
    }
    if (type == Boolean.class || type == boolean.class) {
      return pick(random, List.of("true", "false", "\"true\"", "1", "null"));
    }
    if (type == Object.class || Map.class.isAssignableFrom(type)) {
      return random.nextBoolean()
          ? "{" + quote(pick(random, FIELDS)) + ":" + quote(text(random)) + "}"
          : quote(text(random));
    }
    if (type == java.time.LocalDate.class) {
      return quote(
          pick(
              random,
              List.of("2026-02-02", "+999999999-12-31", "0000-01-01", "2026-02-30", "igår")));
    }
    return quote(text(random));
  }

  /** A JSON string; lone surrogates and controls escaped as JSON allows. */
  private static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20 || Character.isSurrogate(c)) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('"').toString();
  }
}
