package se.processkarta.roles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/**
 * The roles on one element as of a date. {@code owner} is the element's own owner or, when it has
 * none, the inherited owner of the nearest owned ancestor (marked inherited). {@code
 * reportingChain} lists the owners above, nearest first. A published process without an owner of
 * its own is a {@code gap}.
 */
@Serdeable
public record ElementRoles(
    String code,
    String name,
    int level,
    String status,
    LocalDate date,
    @Nullable RoleHolder owner,
    @Nullable RoleHolder lead,
    @Nullable EffectiveLeadView effectiveLead,
    boolean ownerActsAsLead,
    boolean gap,
    List<ChainLinkView> reportingChain,
    List<TeamMemberView> team,
    List<AllocationView> allocations,
    List<PoolRef> pools,
    List<SteeringGroupRef> steeringGroups) {

  public ElementRoles {
    reportingChain = List.copyOf(reportingChain);
    team = List.copyOf(team);
    allocations = List.copyOf(allocations);
    pools = List.copyOf(pools);
    steeringGroups = List.copyOf(steeringGroups);
  }
}
