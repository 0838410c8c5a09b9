package se.processkarta.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class SwedishTimeTest {

  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  /** A clock at {@code local} Swedish time, made in {@code zone}. */
  private static Clock at(String local, String zone) {
    return Clock.fixed(
        ZonedDateTime.of(java.time.LocalDateTime.parse(local), SwedishTime.ZONE).toInstant(),
        ZoneId.of(zone));
  }

  @Test
  void todayIsSwedensTodayWhateverZoneTheClockWasMadeIn() {
    // 00:30 in Sweden is still yesterday in UTC; 23:30 in Sweden is already tomorrow on Kiritimati.
    for (String zone : List.of("UTC", "Pacific/Kiritimati", "America/Los_Angeles")) {
      assertThat(SwedishTime.today(at("2026-12-07T00:30", zone))).isEqualTo(d("2026-12-07"));
      assertThat(SwedishTime.today(at("2026-12-07T23:30", zone))).isEqualTo(d("2026-12-07"));
      assertThat(SwedishTime.today(at("2026-06-30T23:30", zone))).isEqualTo(d("2026-06-30"));
    }
  }

  @Test
  void withoutADateTheQueryIsAsOfTodayByTheClock() {
    Clock clock =
        Clock.fixed(d("2026-11-22").atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    assertThat(SwedishTime.orToday(null, clock)).isEqualTo(d("2026-11-22"));
    assertThat(SwedishTime.orToday(d("2025-06-30"), clock)).isEqualTo(d("2025-06-30"));
  }

  @Test
  void daysBeginAtSwedishMidnight() {
    assertThat(SwedishTime.startOf(d("2026-12-07")))
        .isEqualTo(java.time.Instant.parse("2026-12-06T23:00:00Z"));
    assertThat(SwedishTime.dayOf(java.time.Instant.parse("2026-06-30T22:30:00Z")))
        .isEqualTo(d("2026-07-01"));
  }

  @Test
  void isoDatesAreRead() {
    assertThat(SwedishTime.parseDate("2025-06-30")).isEqualTo(d("2025-06-30"));
    assertThat(SwedishTime.parseDate(" 2025-06-30 ")).isEqualTo(d("2025-06-30"));
    assertThat(SwedishTime.parseDate(" ")).isNull();
    assertThat(SwedishTime.parseDate(null)).isNull();
  }

  @Test
  void impossibleDatesAreInvalidInput() {
    for (String bad :
        List.of(
            "2026-13-01",
            "2026-02-30",
            "22/11/2026",
            "i dag",
            "+999999999-12-31",
            "-999999999-01-01",
            "0000-01-01",
            "+10000-01-01")) {
      assertThatThrownBy(() -> SwedishTime.parseDate(bad))
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e -> assertThat(e.messageKey()).isEqualTo("roles.date.invalid"));
      assertThatThrownBy(() -> SwedishTime.parseDate(bad, "seed.notDate"))
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e -> assertThat(e.messageKey()).isEqualTo("seed.notDate"));
    }
  }
}
