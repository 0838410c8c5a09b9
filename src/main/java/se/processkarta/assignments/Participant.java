package se.processkarta.assignments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A person taking part with a share of their working time, in a group (projektgrupp, styrgrupp, a
 * board such as KS or BUN), and the manager (närmaste chef) who approves their part. The manager,
 * {@code name} and {@code unitId} are read from the organisation when the brief is saved: a manager
 * given with the brief must be the one the organisation names (issue 20: the author chose whoever
 * approved each participant's time).
 */
@Serdeable
public record Participant(
    String personId,
    @Nullable String managerId,
    @Nullable String group,
    int percent,
    @Nullable String name,
    @Nullable String unitId) {

  public Participant {
    personId = Fields.requiredLine(personId, "participants.personId");
    managerId = Fields.optionalLine(managerId, "participants.managerId");
    group = Fields.optionalLine(group, "participants.group");
    name = Fields.optionalLine(name, "participants.name");
    unitId = Fields.optionalLine(unitId, "participants.unitId");
  }

  Participant withPerson(String manager, String resolvedName, @Nullable String resolvedUnit) {
    return new Participant(personId, manager, group, percent, resolvedName, resolvedUnit);
  }
}
