package se.processkarta.roles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/**
 * A resource pool with its members and the allocations from it that hold on a date, and the total
 * per member.
 */
@Serdeable
public record PoolDetail(
    String id,
    String name,
    @Nullable String competence,
    @Nullable PersonRef owner,
    LocalDate date,
    List<PersonRef> members,
    List<AllocationView> allocations) {

  public PoolDetail {
    members = List.copyOf(members);
    allocations = List.copyOf(allocations);
  }
}
