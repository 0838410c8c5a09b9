package se.processkarta.model;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The one time policy: "today" is Sweden's today, whatever zone the host or the JVM runs in, and a
 * date the service reads is an ISO date with a year 0001–9999. Every "today", every day an instant
 * falls on, every start of a day and every date read from a parameter, a body, the seed or the
 * history goes through here.
 */
public final class SwedishTime {

  /** The zone in which days begin and end. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

  private static final String INVALID = "roles.date.invalid";

  private SwedishTime() {}

  /** A clock that reads the system's instant in {@link #ZONE}: the service's one clock. */
  public static Clock systemClock() {
    return Clock.system(ZONE);
  }

  /** Sweden's today by {@code clock}, whichever zone the clock itself was made in. */
  public static LocalDate today(Clock clock) {
    return LocalDate.ofInstant(clock.instant(), ZONE);
  }

  /** The Swedish day on which {@code at} falls. */
  public static LocalDate dayOf(Instant at) {
    return LocalDate.ofInstant(at, ZONE);
  }

  /** The first instant of {@code day} in Sweden. */
  public static Instant startOf(LocalDate day) {
    return day.atStartOfDay(ZONE).toInstant();
  }

  /** The date given, or Sweden's today by {@code clock} when none is. */
  public static LocalDate orToday(LocalDate date, Clock clock) {
    return date != null ? date : today(clock);
  }

  /**
   * Reads an ISO date (YYYY-MM-DD) with a four-digit year, 0001–9999; null or blank means "not
   * given". ISO also allows years such as {@code +999999999}, which no one means and which overflow
   * the day after or the instant a date stands for.
   */
  public static LocalDate parseDate(String text) {
    return parseDate(text, INVALID);
  }

  /** As {@link #parseDate(String)}, refusing with {@code messageKey} and the text given. */
  public static LocalDate parseDate(String text, String messageKey) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip();
    LocalDate day;
    try {
      day = LocalDate.parse(t);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(messageKey, t);
    }
    if (!inRange(day)) {
      throw new InvalidInputException(messageKey, t);
    }
    return day;
  }

  /** Whether a date lies in the years the service reads and writes: 0001–9999. */
  public static boolean inRange(LocalDate day) {
    return day.getYear() >= 1 && day.getYear() <= 9999;
  }
}
