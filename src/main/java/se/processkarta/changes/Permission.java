package se.processkarta.changes;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import se.processkarta.model.InvalidInputException;

/**
 * What a user may do. Each permission includes the ones below it: a modellstödjare may also draft,
 * and a modellansvarig may do everything.
 */
public enum Permission {
  /** läsare: reads the model, also when reading requires login. */
  READER,
  /** metodstödjare: drafts and submits change requests. */
  MODEL_EDITOR,
  /** modellstödjare: reviews, approves and rejects others' change requests. */
  MODEL_REVIEWER,
  /** modellansvarig: everything, plus users and imports. */
  MODEL_OWNER;

  // The role names as compile-time constants, for @Secured on the API and on the pages alike: one
  // name for each gate, so that a page cannot ask for less than its API does.
  public static final String READER_ROLE = "READER";
  public static final String EDITOR_ROLE = "MODEL_EDITOR";
  public static final String REVIEWER_ROLE = "MODEL_REVIEWER";
  public static final String OWNER_ROLE = "MODEL_OWNER";

  /**
   * The permission {@code name} names (case and surrounding space aside): the one rule of what a
   * valid permission is, for the API and the pages alike.
   *
   * @throws InvalidInputException naming the value and the permissions there are
   */
  public static Permission parse(String name) {
    try {
      return valueOf(name == null ? "" : name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
              "user.permission.unknown",
              String.valueOf(name),
              Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")))
          .at("permission");
    }
  }

  /** This permission and every one it includes. */
  public Set<Permission> withImplied() {
    Set<Permission> out = EnumSet.noneOf(Permission.class);
    for (Permission p : values()) {
      if (p.ordinal() <= ordinal()) {
        out.add(p);
      }
    }
    return out;
  }

  /** The held permissions with everything they include, as role names for the security layer. */
  public static Set<String> roleNames(Set<Permission> held) {
    Set<String> out = new java.util.TreeSet<>();
    held.forEach(p -> p.withImplied().forEach(i -> out.add(i.name())));
    return out;
  }
}
