package se.processkarta.model;

/** An organisational unit; {@code parentId} is null for a förvaltning. */
public record OrgUnit(String id, String name, OrgUnitKind kind, String parentId) {

  public OrgUnit {
    id = Ids.require(id, "orgUnit.id");
    name = Ids.requireName(name, id);
    parentId = Ids.optionalId(parentId, "parent (" + id + ")");
    if (kind == null) {
      throw InvalidInputException.required("kind");
    }
  }
}
