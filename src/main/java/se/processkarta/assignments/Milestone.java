package se.processkarta.assignments;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/** A dated joint milestone (kick-off, checkpoint, final check, adoption by the boards). */
@Serdeable
public record Milestone(LocalDate date, String title) {

  public Milestone {
    Fields.requireDate(date, "milestones.date");
    title = Fields.requiredLine(title, "milestones.title");
  }
}
