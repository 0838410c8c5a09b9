package se.processkarta.assignments;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/** A working session of one participating group or board on a date. */
@Serdeable
public record Session(String group, LocalDate date, String title) {

  public Session {
    group = Fields.requiredLine(group, "sessions.group");
    Fields.requireDate(date, "sessions.date");
    title = Fields.requiredLine(title, "sessions.title");
  }
}
