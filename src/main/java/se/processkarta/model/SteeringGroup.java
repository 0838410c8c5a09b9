package se.processkarta.model;

import java.util.List;

/** A group supporting strategic process decisions for the parts of the tree it supports. */
public record SteeringGroup(
    String id, String name, SteeringGroupKind kind, List<Code> supports, List<String> memberIds) {

  public SteeringGroup {
    id = Ids.require(id, "steeringGroup.id");
    name = Ids.requireName(name, id);
    if (kind == null) {
      throw InvalidInputException.required("kind");
    }
    supports = supports == null ? List.of() : List.copyOf(supports);
    memberIds =
        memberIds == null
            ? List.of()
            : memberIds.stream().map(m -> Ids.require(m, "members")).toList();
  }
}
