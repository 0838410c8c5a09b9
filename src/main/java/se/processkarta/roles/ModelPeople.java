package se.processkarta.roles;

import java.util.List;
import se.processkarta.model.Allocation;
import se.processkarta.model.OrgUnit;
import se.processkarta.model.Person;
import se.processkarta.model.ResourcePool;
import se.processkarta.model.RoleAssignment;
import se.processkarta.model.SteeringGroup;

/** Everything about people that one write carries: units, people, pools, groups and roles. */
public record ModelPeople(
    List<OrgUnit> orgUnits,
    List<Person> people,
    List<ResourcePool> resourcePools,
    List<SteeringGroup> steeringGroups,
    List<RoleAssignment> roles,
    List<Allocation> allocations) {

  public ModelPeople {
    orgUnits = List.copyOf(orgUnits);
    people = List.copyOf(people);
    resourcePools = List.copyOf(resourcePools);
    steeringGroups = List.copyOf(steeringGroups);
    roles = List.copyOf(roles);
    allocations = List.copyOf(allocations);
  }

  /** Whether this write carries nothing at all. */
  public boolean isEmpty() {
    return orgUnits.isEmpty()
        && people.isEmpty()
        && resourcePools.isEmpty()
        && steeringGroups.isEmpty()
        && roles.isEmpty()
        && allocations.isEmpty();
  }
}
