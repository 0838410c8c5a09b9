package se.processkarta.web.pages;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

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
    for (Object o : list) {
      Map<String, Object> op = (Map<String, Object>) o;
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
      List<DiffRow.Field> all = new ArrayList<>();
      for (String k : keys) {
        String b = value(k, before.get(k), locale, text);
        String a = value(k, after.get(k), locale, text);
        if (b != null || a != null) {
          all.add(new DiffRow.Field(label(k, locale, text), b, a));
        }
      }
      List<DiffRow.Field> changed = all.stream().filter(DiffRow.Field::changed).toList();
      String name = String.valueOf(op.get("op"));
      out.add(
          new DiffRow(
              ((Number) op.getOrDefault("index", out.size())).intValue() + 1,
              lookup("web.op." + name, name, locale, text),
              String.valueOf(op.get("subject")),
              changed.isEmpty() ? all : changed));
    }
    return out;
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
