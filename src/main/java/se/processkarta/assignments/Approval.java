package se.processkarta.assignments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/** A manager's approval of the brief for their own people, by the user who gave it. */
@Serdeable
public record Approval(
    String managerId, List<String> forPeople, String user, Instant at, @Nullable String comment) {

  public Approval {
    forPeople = List.copyOf(forPeople);
  }
}
