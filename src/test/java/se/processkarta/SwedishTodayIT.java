package se.processkarta;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Today" is Sweden's today on a host in any zone: the service runs with the JVM's zone set to UTC
 * or to Pacific/Kiritimati (UTC+14) and its clock at a moment when that zone's date differs from
 * Sweden's, and the roles, gaps, conflicts and assignments of "today" are read for Sweden's day.
 */
class SwedishTodayIT implements SharedGraph {

  private final HttpClient client = HttpClient.newHttpClient();

  @ParameterizedTest(name = "{0} at {1} Swedish time")
  @CsvSource({
    // 00:30 in Sweden is still the day (and year) before in UTC.
    "UTC, 2027-01-01T00:30, 2027-01-01",
    // 23:30 in Sweden is already the next day (and year) on Kiritimati.
    "Pacific/Kiritimati, 2026-12-31T23:30, 2026-12-31",
    // In summer, 00:30 in Sweden is mid-afternoon the day before in California.
    "America/Los_Angeles, 2026-07-01T00:30, 2026-07-01",
  })
  void todayIsSwedensToday(String hostZone, String swedishTime, String today) throws Exception {
    TimeZone before = TimeZone.getDefault();
    TimeZone.setDefault(TimeZone.getTimeZone(hostZone));
    Map<String, Object> props = new HashMap<>(getProperties());
    props.put("micronaut.server.port", "-1");
    props.put(
        "datasources.default.url",
        "jdbc:h2:mem:today"
            + Math.abs(swedishTime.hashCode())
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    props.put("processkarta.test.swedish-time", swedishTime);
    props.put("processkarta.test.clock-zone", hostZone);
    try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, props)) {
      String base = server.getURL().toString();
      assertThat(get(base + "/api/roles/gaps")).contains("\"date\":\"" + today + "\"");
      assertThat(get(base + "/api/roles/conflicts")).contains("\"date\":\"" + today + "\"");
      assertThat(get(base + "/api/elements/3.5/roles")).contains("\"date\":\"" + today + "\"");
      // The year's assignments are those of Sweden's year.
      assertThat(get(base + "/api/diagrams/portfolio.svg"))
          .containsPattern("Uppdrag " + today.substring(0, 4) + "\\b");
    } finally {
      TimeZone.setDefault(before);
    }
  }

  private String get(String url) throws Exception {
    HttpResponse<String> r =
        client.send(
            HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(url).isEqualTo(200);
    return r.body();
  }
}
