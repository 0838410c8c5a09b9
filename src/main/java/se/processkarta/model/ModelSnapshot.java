package se.processkarta.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * An immutable picture of the model for drawing and exporting: every element in code order and the
 * people side (people, roles, pools and allocations, with their periods), labelled with the model
 * version it was read from. {@code date} is the day the diagram speaks for: the date of the model
 * version, so that the same model always draws the same picture; roles are those active on it.
 */
public record ModelSnapshot(
    String version,
    LocalDate date,
    List<Element> elements,
    List<Person> people,
    List<RoleAssignment> roles,
    List<ResourcePool> resourcePools,
    List<Allocation> allocations) {

  public ModelSnapshot {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(date, "date");
    List<Element> sorted = new ArrayList<>(elements);
    sorted.sort(Comparator.comparing(Element::code));
    elements = List.copyOf(sorted);
    List<Person> byId = new ArrayList<>(people);
    byId.sort(Comparator.comparing(Person::id));
    people = List.copyOf(byId);
    roles = List.copyOf(roles);
    List<ResourcePool> pools = new ArrayList<>(resourcePools);
    pools.sort(Comparator.comparing(ResourcePool::id));
    resourcePools = List.copyOf(pools);
    allocations = List.copyOf(allocations);
  }

  /** The same model under another version label. */
  public ModelSnapshot withVersion(String label) {
    return new ModelSnapshot(label, date, elements, people, roles, resourcePools, allocations);
  }

  /** The same model seen on another day: roles and allocations active then. */
  public ModelSnapshot onDate(LocalDate day) {
    return new ModelSnapshot(version, day, elements, people, roles, resourcePools, allocations);
  }

  /** A snapshot of elements only, with no people. */
  public static ModelSnapshot ofElements(String version, LocalDate date, List<Element> elements) {
    return new ModelSnapshot(version, date, elements, List.of(), List.of(), List.of(), List.of());
  }
}
