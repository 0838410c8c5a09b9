package se.processkarta.seed;

import java.util.List;
import se.processkarta.model.Allocation;
import se.processkarta.model.Element;
import se.processkarta.model.OrgUnit;
import se.processkarta.model.Person;
import se.processkarta.model.ResourcePool;
import se.processkarta.model.RoleAssignment;
import se.processkarta.model.SteeringGroup;

/** Everything read from the seed files, each item with its file and line. */
record Seed(
    List<Located<Element>> elements,
    List<Located<OrgUnit>> orgUnits,
    List<Located<Person>> people,
    List<Located<ResourcePool>> resourcePools,
    List<Located<SteeringGroup>> steeringGroups,
    List<Located<RoleAssignment>> roles,
    List<Located<Allocation>> allocations,
    String contentHash) {}
