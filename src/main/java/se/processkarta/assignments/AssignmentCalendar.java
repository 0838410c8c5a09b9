package se.processkarta.assignments;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * An assignment's milestones and group sessions as iCalendar (RFC 5545), written by ical4j, which
 * escapes commas, semicolons, backslashes and line breaks in every text. Each date is an all-day
 * event; the stamp is the assignment's last change, so the same revision gives the same file.
 */
public final class AssignmentCalendar {

  static final String PRODUCT = "-//Processkarta//Uppdrag//SV";

  private AssignmentCalendar() {}

  /** The calendar of one assignment. */
  public static String ics(Assignment a) {
    Calendar cal = new Calendar();
    cal.add(new ProdId(PRODUCT));
    cal.add(ImmutableVersion.VERSION_2_0);
    cal.add(ImmutableCalScale.GREGORIAN);
    DtStamp stamp = new DtStamp(a.updatedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    Brief b = a.brief();
    int n = 0;
    for (Milestone m : b.milestones()) {
      cal.add(event(a, "m" + n++, m.date(), m.title(), "Milstolpe", stamp));
    }
    n = 0;
    for (Session s : b.sessions()) {
      cal.add(event(a, "s" + n++, s.date(), s.group() + ": " + s.title(), s.group(), stamp));
    }
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter(true).output(cal, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ValidationException e) {
      throw new IllegalStateException("an invalid calendar for assignment " + a.id(), e);
    }
    return out.toString();
  }

  private static VEvent event(
      Assignment a, String which, LocalDate date, String summary, String category, DtStamp stamp) {
    VEvent e = new VEvent(false);
    e.add(new Uid("uppdrag-" + a.id() + "-" + which + "@processkarta"));
    e.add(stamp);
    e.add(new DtStart<>(date));
    e.add(new DtEnd<>(date.plusDays(1)));
    e.add(new Summary(summary));
    e.add(
        new Description(
            a.brief().purpose() == null ? a.title() : a.title() + "\n\n" + a.brief().purpose()));
    e.add(new Categories(category));
    return e;
  }
}
