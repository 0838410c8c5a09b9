package se.processkarta.model;

/** A person who can hold roles; {@code unitId} is the organisational unit they belong to. */
public record Person(String id, String name, String title, String email, String unitId) {

  public Person {
    id = Ids.require(id, "person.id");
    name = Ids.requireName(name, id);
    title = Ids.optional(title, "title (" + id + ")");
    email = Ids.optional(email, "email (" + id + ")");
    unitId = Ids.optionalId(unitId, "unit (" + id + ")");
  }
}
