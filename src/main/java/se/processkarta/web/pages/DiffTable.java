package se.processkarta.web.pages;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import se.processkarta.changes.RoleDiff;

/**
 * Turns the service's diff (each operation's before and after as property maps) into rows a reader
 * understands: Swedish field labels, states and role kinds in words, nested role records spelled
 * out, and only the fields an operation touches (all of them when it touches none, so a no-op still
 * shows what it is about).
 */
final class DiffTable {

  /** The fields in reading order; any other property follows in alphabetical order. */
  static final List<String> ORDER =
      List.of(
          "code",
          "name",
          "parent",
          "level",
          "status",
          "description",
          "purpose",
          "recipient",
          "element",
          "kind",
          "person",
          "pool",
          "percent",
          "competence",
          "from",
          "to",
          "title",
          "email",
          "unit",
          "supports",
          "members",
          "roles");

  private DiffTable() {}

  @SuppressWarnings("unchecked")
  static List<DiffRow> rows(Map<String, Object> diff, Locale locale, WebMessages text) {
    List<DiffRow> out = new ArrayList<>();
    Object ops = diff.get("operations");
    if (!(ops instanceof Collection<?> list)) {
      return out;
    }
    List<Map<String, Object>> all = new ArrayList<>();
    list.forEach(o -> all.add((Map<String, Object>) o));
    for (int i = 0; i < all.size(); i++) {
      Map<String, Object> op = all.get(i);
      Optional<RoleChange> role = RoleChange.of(op);
      if (role.isPresent()) {
        Optional<RoleChange> next =
            i + 1 < all.size() ? RoleChange.of(all.get(i + 1)) : Optional.empty();
        if (next.isPresent() && role.get().handsOverTo(next.get())) {
          out.add(replaced(role.get(), next.get(), locale, text));
          i++;
        } else {
          out.add(role.get().row(locale, text));
        }
        continue;
      }
      Map<String, Object> before = map(op.get("before"));
      Map<String, Object> after = map(op.get("after"));
      Set<String> keys = new LinkedHashSet<>();
      Set<String> rest = new TreeSet<>();
      rest.addAll(before.keySet());
      rest.addAll(after.keySet());
      for (String k : ORDER) {
        if (rest.remove(k)) {
          keys.add(k);
        }
      }
      keys.addAll(rest);
      List<DiffRow.Field> fields = new ArrayList<>();
      for (String k : keys) {
        String b = value(k, before.get(k), locale, text);
        String a = value(k, after.get(k), locale, text);
        if (b != null || a != null) {
          fields.add(new DiffRow.Field(label(k, locale, text), b, a));
        }
      }
      List<DiffRow.Field> changed = fields.stream().filter(DiffRow.Field::changed).toList();
      String name = String.valueOf(op.get("op"));
      out.add(
          new DiffRow(
              number(op),
              1,
              lookup("web.op." + name, name, locale, text),
              String.valueOf(op.get("subject")),
              null,
              changed.isEmpty() ? fields : changed));
    }
    return out;
  }

  private static int number(Map<String, Object> op) {
    return ((Number) op.getOrDefault("index", 0)).intValue() + 1;
  }

  /** One holder handing a role over to the next: the two operations read as one sentence. */
  private static DiffRow replaced(RoleChange end, RoleChange start, Locale locale, WebMessages t) {
    RoleDiff from = end.role();
    RoleDiff to = start.role();
    String kind = lookup("web.kind." + from.kind(), from.kind(), locale, t);
    return new DiffRow(
        end.number(),
        2,
        lookup("web.op.replace." + from.kind(), kind, locale, t),
        end.subject(),
        t.text(locale, "web.diff.replaced", kind, from.name(), to.name(), to.from()),
        List.of());
  }

  /** An operation on a role, as the diff tells it ({@link RoleDiff}), with its place. */
  private record RoleChange(int number, String op, String subject, RoleDiff role) {

    static Optional<RoleChange> of(Map<String, Object> op) {
      return RoleDiff.fromMap(op.get("role"))
          .map(
              r ->
                  new RoleChange(
                      DiffTable.number(op),
                      String.valueOf(op.get("op")),
                      String.valueOf(op.get("subject")),
                      r));
    }

    /** This ends a role the day before {@code next} gives the same role on the same element. */
    boolean handsOverTo(RoleChange next) {
      return subject.equals(next.subject()) && role.handsOverTo(next.role());
    }

    DiffRow row(Locale locale, WebMessages t) {
      String kindName = lookup("web.kind." + role.kind(), role.kind(), locale, t);
      String sentence =
          role.ended()
              ? t.text(locale, "web.diff.ended", kindName, role.name(), role.to())
              : role.to() == null
                  ? t.text(locale, "web.diff.assigned", kindName, role.name(), role.from())
                  : t.text(
                      locale,
                      "web.diff.assignedUntil",
                      kindName,
                      role.name(),
                      role.from(),
                      role.to());
      return new DiffRow(
          number, 1, lookup("web.op." + op, op, locale, t), subject, sentence, List.of());
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  private static String label(String key, Locale locale, WebMessages text) {
    return lookup("web.field." + key, key, locale, text);
  }

  /** A value in words: states and role kinds translated, records and lists spelled out. */
  private static String value(String key, Object v, Locale locale, WebMessages text) {
    if (v == null) {
      return null;
    }
    if (v instanceof Map<?, ?> m) {
      String s =
          m.entrySet().stream()
              .filter(e -> e.getValue() != null)
              .sorted(
                  (x, y) ->
                      Integer.compare(order(String.valueOf(x.getKey())), order(y.getKey() + "")))
              .map(
                  e ->
                      label(String.valueOf(e.getKey()), locale, text)
                          + ": "
                          + value(String.valueOf(e.getKey()), e.getValue(), locale, text))
              .collect(Collectors.joining(", "));
      return s.isEmpty() ? null : s;
    }
    if (v instanceof Collection<?> c) {
      String s =
          c.stream()
              .map(x -> value(key, x, locale, text))
              .filter(x -> x != null)
              .collect(Collectors.joining("; "));
      return s.isEmpty() ? null : s;
    }
    String s = String.valueOf(v);
    return switch (key) {
      case "status" -> lookup("web.status." + s.toLowerCase(Locale.ROOT), s, locale, text);
      case "kind" -> lookup("web.kind." + s, s, locale, text);
      case "level" -> lookup("web.level." + s, s, locale, text);
      default -> s;
    };
  }

  private static int order(String key) {
    int i = ORDER.indexOf(key);
    return i < 0 ? ORDER.size() : i;
  }

  private static String lookup(String key, String fallback, Locale locale, WebMessages text) {
    String t = text.text(locale, key);
    return t.equals(key) ? fallback : t;
  }
}
