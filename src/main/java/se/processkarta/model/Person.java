package se.processkarta.model;

/**
 * A person who can hold roles; {@code unitId} is the organisational unit they belong to and {@code
 * managerId} their närmaste chef in the organisation (who approves their time in an assignment),
 * when the organisation names one.
 */
public record Person(
    String id, String name, String title, String email, String unitId, String managerId) {

  public Person {
    id = Ids.require(id, "person.id");
    name = Ids.requireName(name, id);
    title = Ids.optional(title, "title (" + id + ")");
    email = Ids.optional(email, "email (" + id + ")");
    unitId = Ids.optionalId(unitId, "unit (" + id + ")");
    managerId = Ids.optionalId(managerId, "manager (" + id + ")");
    if (id.equals(managerId)) {
      throw new InvalidInputException("person.ownManager", id);
    }
  }

  /** A person whose manager the organisation does not name. */
  public Person(String id, String name, String title, String email, String unitId) {
    this(id, name, title, email, unitId, null);
  }
}
