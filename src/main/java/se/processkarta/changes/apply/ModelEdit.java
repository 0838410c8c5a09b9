package se.processkarta.changes.apply;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import se.processkarta.model.Allocation;
import se.processkarta.model.Code;
import se.processkarta.model.Element;
import se.processkarta.model.Person;
import se.processkarta.model.RoleAssignment;
import se.processkarta.model.RoleKind;

/**
 * One operation of a change to the published model, in domain terms. The change path ({@link
 * ModelWriter}) applies a list of them in one transaction; each is checked by the tree's and the
 * roles' rules as it is applied.
 */
public sealed interface ModelEdit {

  /** The operation's name in the API ({@code createElement}, {@code assignRole}, …). */
  String op();

  record CreateElement(Element element, Optional<Code> parent) implements ModelEdit {
    public CreateElement {
      Objects.requireNonNull(element, "element");
      Objects.requireNonNull(parent, "parent");
    }

    @Override
    public String op() {
      return "createElement";
    }
  }

  /** Null fields stay as they are; blank ones are cleared. */
  record UpdateElement(Code code, String name, String description, String purpose, String recipient)
      implements ModelEdit {
    public UpdateElement {
      Objects.requireNonNull(code, "code");
    }

    @Override
    public String op() {
      return "updateElement";
    }
  }

  record MoveElement(Code code, Code newParent, Code newCode) implements ModelEdit {
    public MoveElement {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(newParent, "newParent");
      Objects.requireNonNull(newCode, "newCode");
    }

    @Override
    public String op() {
      return "moveElement";
    }
  }

  record RetireElement(Code code) implements ModelEdit {
    public RetireElement {
      Objects.requireNonNull(code, "code");
    }

    @Override
    public String op() {
      return "retireElement";
    }
  }

  record AssignRole(RoleAssignment role) implements ModelEdit {
    public AssignRole {
      Objects.requireNonNull(role, "role");
    }

    @Override
    public String op() {
      return "assignRole";
    }
  }

  record EndRole(RoleKind kind, Code code, String personId, LocalDate to) implements ModelEdit {
    public EndRole {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(personId, "personId");
      Objects.requireNonNull(to, "to");
    }

    @Override
    public String op() {
      return "endRole";
    }
  }

  record CreatePerson(Person person) implements ModelEdit {
    public CreatePerson {
      Objects.requireNonNull(person, "person");
    }

    @Override
    public String op() {
      return "createPerson";
    }
  }

  /** Null fields stay as they are; blank ones (other than the name) are cleared. */
  record UpdatePerson(String id, String name, String title, String email, String orgUnit)
      implements ModelEdit {
    public UpdatePerson {
      Objects.requireNonNull(id, "id");
    }

    @Override
    public String op() {
      return "updatePerson";
    }
  }

  record Allocate(Allocation allocation) implements ModelEdit {
    public Allocate {
      Objects.requireNonNull(allocation, "allocation");
    }

    @Override
    public String op() {
      return "allocate";
    }
  }
}
