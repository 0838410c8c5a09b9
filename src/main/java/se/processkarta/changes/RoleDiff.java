package se.processkarta.changes;

import io.micronaut.core.annotation.Nullable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an operation on a role did, read from its before and after (the person's records of that
 * role on the element): the record that is new, or whose end moved. The change's diff carries it as
 * {@code role} on each role operation, so that the review's table and its drawing say the same in
 * words ("Processledare: Jenny Persson → Lena Axelsson från 2026-12-08").
 *
 * @param kind the role ({@code LEAD}, {@code OWNER}, {@code TEAM_MEMBER})
 * @param ended true when the operation ends the role, false when it gives it
 */
public record RoleDiff(
    String kind,
    String personId,
    String name,
    @Nullable String from,
    @Nullable String to,
    boolean ended) {

  /** The role operation's diff, or empty for any other operation. */
  @SuppressWarnings("unchecked")
  public static Optional<RoleDiff> of(String op, Object before, Object after) {
    if (!op.equals("assignRole") && !op.equals("endRole")) {
      return Optional.empty();
    }
    Map<String, Object> b = before instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    Map<String, Object> a = after instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    if (!(a.get("roles") instanceof List<?> afterRoles) || a.get("kind") == null) {
      return Optional.empty();
    }
    List<?> beforeRoles = b.get("roles") instanceof List<?> l ? l : List.of();
    Map<String, Object> touched = null;
    for (Object r : afterRoles) {
      if (!beforeRoles.contains(r) && r instanceof Map<?, ?> m) {
        touched = (Map<String, Object>) m;
      }
    }
    if (touched == null) {
      return Optional.empty();
    }
    String person = String.valueOf(touched.get("person"));
    Object name = touched.get("name") != null ? touched.get("name") : person;
    return Optional.of(
        new RoleDiff(
            String.valueOf(a.get("kind")),
            person,
            String.valueOf(name),
            touched.get("from") == null ? null : String.valueOf(touched.get("from")),
            touched.get("to") == null ? null : String.valueOf(touched.get("to")),
            op.equals("endRole")));
  }

  /** As the diff's JSON carries it. */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", kind);
    m.put("personId", personId);
    m.put("name", name);
    m.put("from", from);
    m.put("to", to);
    m.put("ended", ended);
    return m;
  }

  /** Read back from the diff's JSON. */
  public static Optional<RoleDiff> fromMap(Object o) {
    if (!(o instanceof Map<?, ?> m) || m.get("kind") == null) {
      return Optional.empty();
    }
    return Optional.of(
        new RoleDiff(
            String.valueOf(m.get("kind")),
            String.valueOf(m.get("personId")),
            String.valueOf(m.get("name")),
            m.get("from") == null ? null : String.valueOf(m.get("from")),
            m.get("to") == null ? null : String.valueOf(m.get("to")),
            Boolean.TRUE.equals(m.get("ended"))));
  }

  /**
   * This ends a role the day before {@code next} gives the same role on the same element to
   * someone: one holder hands over to the next.
   */
  public boolean handsOverTo(RoleDiff next) {
    return ended
        && !next.ended()
        && kind.equals(next.kind())
        && to != null
        && next.from() != null
        && java.time.LocalDate.parse(to).plusDays(1).toString().equals(next.from());
  }
}
