package se.processkarta.assignments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A person taking part with a share of their working time, in a group (projektgrupp, styrgrupp, a
 * board such as KS or BUN), and the manager (närmaste chef) who approves their part. {@code name}
 * and {@code unitId} are read from the graph when the brief is saved.
 */
@Serdeable
public record Participant(
    String personId,
    String managerId,
    @Nullable String group,
    int percent,
    @Nullable String name,
    @Nullable String unitId) {

  public Participant {
    personId = Fields.requiredLine(personId, "participants.personId");
    managerId = Fields.requiredLine(managerId, "participants.managerId");
    group = Fields.optionalLine(group, "participants.group");
    name = Fields.optionalLine(name, "participants.name");
    unitId = Fields.optionalLine(unitId, "participants.unitId");
  }

  Participant withPerson(String resolvedName, @Nullable String resolvedUnit) {
    return new Participant(personId, managerId, group, percent, resolvedName, resolvedUnit);
  }
}
