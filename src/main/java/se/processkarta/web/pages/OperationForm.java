package se.processkarta.web.pages;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanProperty;
import io.micronaut.serde.annotation.Serdeable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.processkarta.changes.Operation;
import se.processkarta.model.InvalidInputException;

/**
 * The change editor's form, bound by Micronaut: the change's title and motivation (for a new
 * change), the operation chosen and its fields, which carry the names of {@link Operation}'s, so
 * that a reason naming a field ({@code ProcesskartaException.field()}) is shown at that field.
 */
@Serdeable
record OperationForm(
    @JsonProperty(Csrf.FIELD) @Nullable String csrf,
    @Nullable String title,
    @Nullable String motivation,
    @Nullable String op,
    @Nullable String code,
    @Nullable String name,
    @Nullable String parentCode,
    @Nullable String newParentCode,
    @Nullable String newCode,
    @Nullable String description,
    @Nullable String purpose,
    @Nullable String recipient,
    @Nullable String role,
    @Nullable String personId,
    @Nullable String from,
    @Nullable String to,
    @Nullable String competence) {

  /**
   * The actions the form offers, in menu order: the API's operations by their exact {@code op}
   * names, and the two replacements that are one step for a user and two operations in the change
   * (ending the current holder, appointing the next).
   */
  static final List<String> OPS =
      List.of(
          "updateElement",
          "createElement",
          "moveElement",
          "retireElement",
          "replaceLead",
          "replaceOwner",
          "assignRole",
          "endRole");

  /** The fields each action asks for, in order; the element it is about is given apart. */
  static final Map<String, List<String>> FIELDS_OF =
      Map.of(
          "updateElement", List.of("name", "description", "purpose", "recipient"),
          "createElement", List.of("code", "name", "description", "purpose", "recipient"),
          "moveElement", List.of("newParentCode", "newCode"),
          "retireElement", List.of(),
          "replaceLead", List.of("personId", "from"),
          "replaceOwner", List.of("personId", "from"),
          "assignRole", List.of("role", "personId", "competence", "from", "to"),
          "endRole", List.of("role", "personId", "to"));

  /** The action named, checked against {@link #OPS}. */
  static String action(@Nullable String op) {
    if (op == null || !OPS.contains(op)) {
      throw new InvalidInputException("web.change.unknownOp", op == null ? "" : op).at("op");
    }
    return op;
  }

  /**
   * The same form with the person and the new parent as the model names them: {@code person} turns
   * what was typed in the person picker into an id, {@code code} what was typed in the process
   * picker into a code.
   */
  OperationForm resolved(
      java.util.function.UnaryOperator<String> person,
      java.util.function.UnaryOperator<String> code) {
    return new OperationForm(
        csrf,
        title,
        motivation,
        op,
        this.code,
        name,
        parentCode,
        clean(newParentCode) == null ? null : code.apply(newParentCode),
        newCode,
        description,
        purpose,
        recipient,
        role,
        clean(personId) == null ? null : person.apply(personId),
        from,
        to,
        competence);
  }

  /** The fields a reason can be shown at: the choice of operation and the operation's fields. */
  static final Set<String> FIELDS =
      BeanIntrospection.getIntrospection(OperationForm.class).getBeanProperties().stream()
          .map(BeanProperty::getName)
          .filter(n -> !Set.of("csrf", "title", "motivation").contains(n))
          .collect(Collectors.toUnmodifiableSet());

  /** The operation the user filled in: blank fields are absent, the rest without spaces around. */
  Operation operation() {
    action(op);
    return new Operation(
        op,
        clean(code),
        clean(parentCode),
        clean(newParentCode),
        clean(newCode),
        clean(name),
        clean(description),
        clean(purpose),
        clean(recipient),
        clean(role),
        clean(personId),
        clean(from),
        clean(to),
        clean(competence),
        null,
        null,
        null,
        null,
        null,
        null);
  }

  /** What the user typed in the operation's fields, to show again with the reasons. */
  Map<String, String> values() {
    Map<String, String> values = new LinkedHashMap<>();
    for (BeanProperty<OperationForm, Object> p :
        BeanIntrospection.getIntrospection(OperationForm.class).getBeanProperties()) {
      if (FIELDS.contains(p.getName()) && p.get(this) instanceof String v) {
        values.put(p.getName(), v);
      }
    }
    return values;
  }

  private static String clean(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
