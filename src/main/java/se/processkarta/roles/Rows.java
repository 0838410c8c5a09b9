package se.processkarta.roles;

import java.time.LocalDate;
import org.neo4j.driver.Value;
import se.processkarta.model.Code;
import se.processkarta.model.Period;
import se.processkarta.model.RoleAssignment;
import se.processkarta.model.RoleKind;

/** Reads the maps that the roles queries return into domain values and views. */
public final class Rows {

  private Rows() {}

  static PersonRef person(Value v) {
    if (v == null || v.isNull()) {
      return null;
    }
    return new PersonRef(
        v.get("id").asString(), v.get("name").asString(), v.get("title").asString(null));
  }

  public static LocalDate date(Value v) {
    return v == null || v.isNull() ? null : v.asLocalDate();
  }

  static Period period(Value row) {
    return new Period(date(row.get("from")), date(row.get("to")));
  }

  static PoolRef pool(Value pool, String fallbackId, Value owner) {
    if (pool == null || pool.isNull()) {
      return new PoolRef(fallbackId, fallbackId, null, person(owner));
    }
    return new PoolRef(
        pool.get("id").asString(),
        pool.get("name").asString(),
        pool.get("competence").asString(null),
        person(owner));
  }

  /** A stored role relationship as the domain sees it, with the people it names. */
  record Held(RoleAssignment role, PersonRef person, PersonRef delegatedBy) {}

  static Held held(Value row, String personId) {
    RoleKind kind = RoleKind.valueOf(row.get("kind").asString());
    PersonRef delegatedBy = person(row.get("delegatedBy"));
    RoleAssignment role =
        new RoleAssignment(
            kind,
            Code.parse(row.get("code").asString()),
            personId,
            period(row),
            kind == RoleKind.TEAM_MEMBER ? row.get("competence").asString(null) : null,
            delegatedBy == null ? null : delegatedBy.id(),
            delegatedBy == null ? null : date(row.get("delegatedAt")));
    return new Held(role, person(row.get("person")), delegatedBy);
  }
}
