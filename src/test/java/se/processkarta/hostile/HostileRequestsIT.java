package se.processkarta.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The hostile-input suite. Requests are generated from the server's own route table ({@link
 * RouteTable}): for each route, every path variable and any subset of its query parameters get
 * malformed, boundary, huge, encoded and injection values ({@link HostileValues}), with a random
 * language and {@code Accept}. Every answer must be below 500; every error must be problem+json in
 * the asked language without a stack trace (an HTML error page when a browser asks for a page); and
 * the model must be the same afterwards.
 *
 * <p>The number of requests is {@code jqwik.tries.default} (junit-platform.properties: 6,000 per CI
 * run). A longer run: {@code ./mvnw -B -ntp -Dcds.skip=true -Dtest=NONE
 * -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=HostileRequestsIT -Djqwik.tries.default=100000
 * verify}.
 */
class HostileRequestsIT {

  static final AtomicInteger SENT = new AtomicInteger();
  static String fingerprint;

  /** One generated request. */
  record Probe(
      RouteTable.Route route,
      List<String> path,
      Map<String, String> query,
      String lang,
      String accept) {

    String target() {
      StringBuilder t = new StringBuilder(route.path(path));
      String sep = "?";
      for (var q : query.entrySet()) {
        t.append(sep).append(q.getKey()).append('=').append(q.getValue());
        sep = "&";
      }
      return t.toString();
    }

    @Override
    public String toString() {
      return route.method()
          + " "
          + target()
          + " [Accept-Language: "
          + lang
          + ", Accept: "
          + accept
          + "]";
    }
  }

  @BeforeContainer
  static void start() {
    fingerprint = HostileServer.get().modelFingerprint();
  }

  @AfterContainer
  static void theModelIsUnchanged() {
    assertThat(HostileServer.get().modelFingerprint()).isEqualTo(fingerprint);
  }

  @Provide
  Arbitrary<Probe> probes() {
    List<RouteTable.Route> routes = HostileServer.get().routes.routes();
    return Arbitraries.of(routes)
        .flatMap(
            route -> {
              Arbitrary<List<String>> path =
                  HostileValues.any().list().ofSize(route.pathVariables().size());
              Arbitrary<Map<String, String>> query =
                  HostileValues.any()
                      .injectNull(0.4)
                      .list()
                      .ofSize(route.query().size())
                      .map(
                          values -> {
                            Map<String, String> q = new LinkedHashMap<>();
                            for (int i = 0; i < values.size(); i++) {
                              if (values.get(i) != null) {
                                q.put(route.query().get(i), values.get(i));
                              }
                            }
                            return q;
                          });
              Arbitrary<String> lang = Arbitraries.of("", "sv", "en", "en-GB,en;q=0.9", "de", "*");
              Arbitrary<String> accept =
                  Arbitraries.of(
                      "",
                      "*/*",
                      "application/json",
                      "application/*",
                      "application/problem+json",
                      "image/png",
                      "text/html, */*;q=0.1",
                      "nonsense",
                      ";",
                      ",",
                      ", ;",
                      "/",
                      "text/html;",
                      ";q=0.5",
                      "application/json;;q",
                      "*/*; q");
              return Combinators.combine(path, query, lang, accept)
                  .as((p, q, l, a) -> new Probe(route, p, q, l, a));
            });
  }

  /**
   * A browser's request (it names text/html) for anything but the API, the management endpoints and
   * the API documents is answered with an HTML error page (web/ErrorPages), not problem+json.
   */
  static boolean wantsPage(Probe probe) {
    String path = probe.route().path(probe.path());
    boolean outside =
        path.startsWith("/api/")
            || path.equals("/api")
            || path.startsWith("/health")
            || path.startsWith("/swagger");
    return !outside && probe.accept().contains("text/html");
  }

  /**
   * Accept headers that are not media ranges at all: {@code Accept: ;} once made the server throw
   * in its Accept handler on every request and never answer (500 requests, all hanging after 35 s).
   * Each is answered, below 500, on a JSON route, a page and an image.
   */
  @Example
  void anAcceptThatIsNoMediaRangeIsStillAnswered() throws Exception {
    HostileServer server = HostileServer.get();
    List<String> problems = new ArrayList<>();
    for (String accept :
        List.of(";", ";;", ",", ", ,", "/", ";q=1", "text/html;", "a/b;=", "\"", "*/*;q")) {
      for (String target : List.of("/api/elements/3.5", "/processer/3.5", "/api/levels")) {
        RawHttp.Answer a = RawHttp.send(server.port(), "GET", target, Map.of("Accept", accept));
        if (a.status() >= 500) {
          problems.add(accept + " " + target + ": " + a.status());
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  /** Static files are read, never written or traced: 405 with Allow (they answered 200). */
  @Example
  void staticFilesAnswerOnlyGetAndHead() throws Exception {
    HostileServer server = HostileServer.get();
    for (String target : List.of("/public/css/processkarta.css", "/swagger/processkarta-0.1.yml")) {
      assertThat(RawHttp.send(server.port(), "GET", target, Map.of()).status()).isEqualTo(200);
      for (String method : List.of("TRACE", "DELETE", "POST", "PUT", "PATCH")) {
        RawHttp.Answer a = RawHttp.send(server.port(), method, target, Map.of());
        assertThat(a.status()).as(method + " " + target).isEqualTo(405);
        assertThat(a.header("allow")).isEqualTo("GET, HEAD");
      }
    }
  }

  /**
   * Every date-like query parameter of every route, with the dates at the edges of what ISO allows
   * (the sampling above once found {@code asOf=+999999999-12-31} overflowing to a 500): a refusal
   * or an answer, never a failure.
   */
  @Example
  void theEdgesOfTheCalendarInEveryDateParameterAreNeverA5xx() throws Exception {
    HostileServer server = HostileServer.get();
    List<String> problems = new ArrayList<>();
    int sent = 0;
    for (RouteTable.Route route : server.routes.routes()) {
      List<String> path = java.util.Collections.nCopies(route.pathVariables().size(), "1");
      for (String param : route.query()) {
        String name = param.toLowerCase(java.util.Locale.ROOT);
        if (!(name.contains("date")
            || name.equals("asof")
            || name.equals("from")
            || name.equals("to"))) {
          continue;
        }
        for (String day : List.of("+999999999-12-31", "-999999999-01-01", "9999-12-31")) {
          String encoded = java.net.URLEncoder.encode(day, java.nio.charset.StandardCharsets.UTF_8);
          Probe probe = new Probe(route, path, Map.of(param, encoded), "", "application/json");
          RawHttp.Answer a =
              RawHttp.send(
                  server.port(),
                  route.method(),
                  probe.target(),
                  Map.of("Accept", "application/json"));
          sent++;
          if (a.status() >= 500) {
            problems.add(probe + " -> " + a.status() + " " + a.body());
          }
        }
      }
    }
    assertThat(sent).as("date parameters tried").isGreaterThan(30);
    assertThat(problems).isEmpty();
  }

  @Property
  void noHostileRequestGetsA5xxAStackTraceOrAnAnswerInTheWrongLanguage(
      @ForAll("probes") Probe probe) throws Exception {
    Map<String, String> headers = new LinkedHashMap<>();
    if (!probe.lang().isEmpty()) {
      headers.put("Accept-Language", probe.lang());
    }
    if (!probe.accept().isEmpty()) {
      headers.put("Accept", probe.accept());
    }
    HostileServer server = HostileServer.get();
    RawHttp.Answer a = RawHttp.send(server.port(), probe.route().method(), probe.target(), headers);
    int n = SENT.incrementAndGet();
    List<String> problems = new ArrayList<>();
    if (a.status() >= 500) {
      problems.add("status " + a.status());
    }
    if (a.body().contains("\tat ") || a.body().matches("(?s).*[a-z]\\.[A-Za-z]+Exception.*")) {
      problems.add("a stack trace or exception name in the body");
    }
    if (a.status() >= 400) {
      boolean head = probe.route().method().equals("HEAD");
      // A browser asking for a page gets the Swedish (or English) error page (issue 13); a 414 is
      // answered before the headers are read, so it cannot know that a browser asked.
      if (wantsPage(probe) && a.status() != 414) {
        if (!a.header("Content-Type").startsWith("text/html")) {
          problems.add("content type " + a.header("Content-Type") + " for a browser");
        }
        if (!head && !a.body().contains("<html lang=")) {
          problems.add("no error page");
        }
      } else {
        if (!a.header("Content-Type").startsWith("application/problem+json")) {
          problems.add("content type " + a.header("Content-Type"));
        }
        if (!head && !a.body().contains("\"status\":" + a.status())) {
          problems.add("no problem body");
        }
      }
      boolean english = probe.lang().startsWith("en");
      String language = a.header("Content-Language");
      // A 414 is answered before the headers are read (the request line alone is too long), so
      // it cannot know the language asked for: it is Swedish, the default.
      boolean known = a.status() != 414;
      if (known && (english ? !language.startsWith("en") : !language.startsWith("sv"))) {
        problems.add("language " + language);
      }
    }
    assertThat(problems)
        .as(probe + " -> " + a.status() + " " + a.headers() + " " + a.body())
        .isEmpty();
    if (n % 1000 == 0) {
      assertThat(server.modelFingerprint())
          .as("model after " + n + " requests")
          .isEqualTo(fingerprint);
    }
  }
}
