package se.processkarta.web.pages;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.processkarta.changes.Operation;
import se.processkarta.hierarchy.ElementDetail;
import se.processkarta.hierarchy.ElementSummary;
import se.processkarta.model.Code;
import se.processkarta.model.InvalidInputException;
import se.processkarta.model.Messages;
import se.processkarta.model.NotFoundException;
import se.processkarta.model.ProcesskartaException;
import se.processkarta.model.RoleKind;
import se.processkarta.model.SwedishTime;
import se.processkarta.model.VersionRef;
import se.processkarta.reads.ModelReads;
import se.processkarta.roles.ElementRoles;
import se.processkarta.roles.RoleHolder;

/**
 * What the change editor's actions mean in operations, for a metodstödjare who knows people by name
 * and processes by name or code: a person typed as a name ("Lena Axelsson", or the picker's "Lena
 * Axelsson (lena-axelsson)") becomes the person's id, a process typed as a name or "code name"
 * becomes its code, and "Byt processledare" becomes ending the current lead the day before and
 * appointing the new one. It also says what a form starts with: an element's current texts, the
 * next free code for a new element, the role holder being replaced.
 */
@Singleton
final class DraftActions {

  private final ModelReads reads;
  private final Pickers pickers;
  private final Clock clock;

  DraftActions(ModelReads reads, Pickers pickers, Clock clock) {
    this.reads = reads;
    this.pickers = pickers;
    this.clock = clock;
  }

  /** The operations an action of the form stands for, with names resolved to ids and codes. */
  List<Operation> operations(OperationForm form) {
    OperationForm f =
        form.resolved(
            text -> pickers.personId(text, "personId"),
            text -> pickers.code(text, "newParentCode").toString());
    return switch (OperationForm.action(f.op())) {
      case "replaceLead" -> replace(f, RoleKind.LEAD);
      case "replaceOwner" -> replace(f, RoleKind.OWNER);
      default -> List.of(f.operation());
    };
  }

  /**
   * Ends the role's current holder the day before {@code from} (by default today) and gives the
   * role to the person chosen from that day; only the latter when nobody holds it.
   */
  private List<Operation> replace(OperationForm f, RoleKind kind) {
    Code code = ProcesskartaException.about("code", () -> Code.parse(required(f.code(), "code")));
    String person = required(f.personId(), "personId");
    LocalDate from = ProcesskartaException.about("from", () -> SwedishTime.parseDate(f.from()));
    LocalDate day = from == null ? SwedishTime.today(clock) : from;
    Optional<RoleHolder> now = holder(code, kind, day);
    if (now.isPresent() && now.get().person().id().equals(person)) {
      throw new InvalidInputException(
              "web.change.sameHolder." + kind.name(), now.get().person().name())
          .at("personId");
    }
    Operation start = role("assignRole", kind, code, person, day.toString(), null, f.competence());
    return now.map(
            h ->
                List.of(
                    role(
                        "endRole",
                        kind,
                        code,
                        h.person().id(),
                        null,
                        day.minusDays(1).toString(),
                        null),
                    start))
        .orElse(List.of(start));
  }

  private static Operation role(
      String op,
      RoleKind kind,
      Code code,
      String person,
      @Nullable String from,
      @Nullable String to,
      @Nullable String competence) {
    return new Operation(
        op,
        code.toString(),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        kind.name(),
        person,
        from,
        to,
        competence,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  /** Who holds {@code kind} on the element itself on {@code day} (an inherited owner does not). */
  Optional<RoleHolder> holder(Code code, RoleKind kind, LocalDate day) {
    ElementRoles roles = reads.elementRoles(VersionRef.CURRENT, code, day, Messages.SWEDISH);
    RoleHolder h = kind == RoleKind.OWNER ? roles.owner() : roles.lead();
    return Optional.ofNullable(h).filter(x -> !x.inherited() && x.elementCode().equals(code + ""));
  }

  /** The form's first values for {@code op} on {@code code}: what a user changes from. */
  Map<String, String> prefill(String op, @Nullable ElementDetail element) {
    Map<String, String> v = new LinkedHashMap<>();
    String today = SwedishTime.today(clock).toString();
    switch (op) {
      case "updateElement" -> {
        if (element != null) {
          put(v, "name", element.name());
          put(v, "description", element.description());
          put(v, "purpose", element.purpose());
          put(v, "recipient", element.recipient());
        }
      }
      case "createElement" -> {
        if (element != null) {
          put(v, "code", nextChild(element).toString());
        }
      }
      case "assignRole", "replaceLead", "replaceOwner" -> v.put("from", today);
      case "endRole" -> v.put("to", today);
      default -> {}
    }
    return v;
  }

  /** The first free code below an element: after its highest child, or {@code X.Y.1}. */
  static Code nextChild(ElementDetail element) {
    Code parent = Code.parse(element.code());
    int last =
        element.children().stream()
            .map(ElementSummary::code)
            .map(Code::parse)
            .mapToInt(Code::last)
            .max()
            .orElse(0);
    return parent.child(last + 1);
  }

  /** The stored operation's values as the form shows them: a person by name and id. */
  Map<String, String> values(Operation o) {
    Map<String, String> v = new LinkedHashMap<>();
    put(v, "op", o.op());
    put(v, "code", o.code());
    put(v, "parentCode", o.parentCode());
    put(v, "newParentCode", o.newParentCode());
    put(v, "newCode", o.newCode());
    put(v, "name", o.name());
    put(v, "description", o.description());
    put(v, "purpose", o.purpose());
    put(v, "recipient", o.recipient());
    put(v, "role", o.role());
    put(v, "competence", o.competence());
    put(v, "from", o.from());
    put(v, "to", o.to());
    if (o.personId() != null) {
      v.put("personId", pickers.personLabel(o.personId()));
    }
    return v;
  }

  /** The element an action is about (by code or name), or none when the text names none. */
  Optional<ElementDetail> element(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(reads.element(VersionRef.CURRENT, pickers.code(text, "kod")));
    } catch (NotFoundException | InvalidInputException e) {
      return Optional.empty();
    }
  }

  private static void put(Map<String, String> v, String key, @Nullable String value) {
    if (value != null && !value.isBlank()) {
      v.put(key, value);
    }
  }

  private static String required(@Nullable String value, String field) {
    if (value == null || value.isBlank()) {
      throw InvalidInputException.required(field);
    }
    return value.strip();
  }
}
