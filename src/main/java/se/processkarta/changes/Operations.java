package se.processkarta.changes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.processkarta.changes.apply.EditsRejectedException;
import se.processkarta.changes.apply.ModelEdit;
import se.processkarta.model.Allocation;
import se.processkarta.model.Code;
import se.processkarta.model.Element;
import se.processkarta.model.ElementStatus;
import se.processkarta.model.Ids;
import se.processkarta.model.InvalidInputException;
import se.processkarta.model.Period;
import se.processkarta.model.Person;
import se.processkarta.model.ProcesskartaException;
import se.processkarta.model.RoleAssignment;
import se.processkarta.model.RoleKind;
import se.processkarta.model.SwedishTime;

/** Turns the API's operations into domain edits, collecting every malformed one with its index. */
final class Operations {

  /** The most operations one change may hold; the budgets are measured up to 5,000. */
  static final int MAX_OPERATIONS = 10_000;

  private Operations() {}

  /**
   * The edits that could be read, each with its index in the request, and the ones that could not.
   */
  record Parsed(
      List<ModelEdit> edits,
      List<Integer> indexes,
      List<EditsRejectedException.Failure> failures) {}

  static Parsed parse(List<Operation> ops, LocalDate today) {
    if (ops == null || ops.isEmpty()) {
      throw new InvalidInputException("change.operations.empty");
    }
    if (ops.size() > MAX_OPERATIONS) {
      throw new EditsRejectedException(
          List.of(
              new EditsRejectedException.Failure(
                  MAX_OPERATIONS,
                  "",
                  "change.operations.tooMany",
                  List.of(String.valueOf(ops.size()), String.valueOf(MAX_OPERATIONS)))));
    }
    List<ModelEdit> edits = new ArrayList<>(ops.size());
    List<Integer> indexes = new ArrayList<>(ops.size());
    List<EditsRejectedException.Failure> failures = new ArrayList<>();
    for (int i = 0; i < ops.size(); i++) {
      Operation o = ops.get(i);
      String name = o == null || o.op() == null ? "" : o.op();
      try {
        edits.add(edit(o, today));
        indexes.add(i);
      } catch (ProcesskartaException e) {
        failures.add(EditsRejectedException.Failure.of(i, name, e));
      }
    }
    return new Parsed(edits, indexes, failures);
  }

  static ModelEdit edit(Operation o, LocalDate today) {
    if (o == null || o.op() == null) {
      throw InvalidInputException.required("op");
    }
    return switch (o.op()) {
      case "createElement" -> {
        Code code = code(o.code(), "code");
        Code parent = o.parentCode() == null ? null : code(o.parentCode(), "parentCode");
        if (parent == null && code.segments().size() > 1) {
          throw InvalidInputException.required("parentCode");
        }
        yield new ModelEdit.CreateElement(
            new Element(
                code,
                o.name(),
                o.description(),
                o.purpose(),
                o.recipient(),
                ElementStatus.PUBLISHED),
            Optional.ofNullable(parent));
      }
      case "updateElement" -> {
        Code code = code(o.code(), "code");
        if (o.name() != null && o.name().isBlank()) {
          throw new InvalidInputException("element.name.blank", code.toString()).at("name");
        }
        yield new ModelEdit.UpdateElement(
            code, o.name(), o.description(), o.purpose(), o.recipient());
      }
      case "moveElement" ->
          new ModelEdit.MoveElement(
              code(o.code(), "code"),
              code(o.newParentCode(), "newParentCode"),
              code(o.newCode(), "newCode"));
      case "retireElement" -> new ModelEdit.RetireElement(code(o.code(), "code"));
      case "assignRole" -> {
        RoleKind kind = kind(o.role());
        LocalDate from = date(o.from(), "from");
        yield new ModelEdit.AssignRole(
            new RoleAssignment(
                kind,
                code(o.code(), "code"),
                id(o.personId(), "personId", "person"),
                new Period(from == null ? today : from, date(o.to(), "to")),
                o.competence(),
                null,
                null));
      }
      case "endRole" -> {
        LocalDate to = date(o.to(), "to");
        if (to == null) {
          throw InvalidInputException.required("to");
        }
        yield new ModelEdit.EndRole(
            kind(o.role()), code(o.code(), "code"), id(o.personId(), "personId", "person"), to);
      }
      case "createPerson" ->
          new ModelEdit.CreatePerson(
              new Person(
                  id(o.id(), "id", "person.id"), o.name(), o.title(), o.email(), o.orgUnit()));
      case "updatePerson" -> {
        if (o.name() != null && o.name().isBlank()) {
          throw new InvalidInputException("name.blank", String.valueOf(o.id())).at("name");
        }
        yield new ModelEdit.UpdatePerson(
            id(o.id(), "id", "person.id"), o.name(), o.title(), o.email(), o.orgUnit());
      }
      case "allocate" -> {
        if (o.percent() == null) {
          throw InvalidInputException.required("percent");
        }
        LocalDate from = date(o.from(), "from");
        yield new ModelEdit.Allocate(
            new Allocation(
                id(o.personId(), "personId", "person"),
                code(o.code(), "code"),
                id(o.poolId(), "poolId", "pool"),
                o.percent(),
                new Period(from == null ? today : from, date(o.to(), "to"))));
      }
      default -> throw new InvalidInputException("change.op.unknown", o.op()).at("op");
    };
  }

  private static Code code(String text, String field) {
    return ProcesskartaException.about(field, () -> Code.parse(required(text, field)));
  }

  private static LocalDate date(String text, String field) {
    return ProcesskartaException.about(field, () -> SwedishTime.parseDate(text));
  }

  /** An id, checked as the model checks it, refused at {@code field}. */
  private static String id(String text, String field, String label) {
    String id = required(text, field);
    return ProcesskartaException.about(field, () -> Ids.require(id, label));
  }

  private static String required(String text, String field) {
    if (text == null || text.isBlank()) {
      throw InvalidInputException.required(field);
    }
    return text.strip();
  }

  private static RoleKind kind(String role) {
    String r = required(role, "role").toUpperCase(Locale.ROOT);
    if (!r.equals("OWNER") && !r.equals("LEAD") && !r.equals("TEAM_MEMBER")) {
      throw new InvalidInputException("change.role.unknown", role).at("role");
    }
    return RoleKind.valueOf(r);
  }
}
