package se.processkarta.model;

import java.util.List;

/** A pool of people with one competence, owned by exactly one resursägare. */
public record ResourcePool(
    String id, String name, String competence, String ownerId, List<String> memberIds) {

  public ResourcePool {
    id = Ids.require(id, "resourcePool.id");
    name = Ids.requireName(name, id);
    competence = Ids.optional(competence, "competence (" + id + ")");
    ownerId = Ids.require(ownerId, "owner");
    memberIds =
        memberIds == null
            ? List.of()
            : memberIds.stream().map(m -> Ids.require(m, "members")).toList();
  }
}
