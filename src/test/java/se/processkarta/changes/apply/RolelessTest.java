package se.processkarta.changes.apply;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.processkarta.model.Allocation;
import se.processkarta.model.Code;
import se.processkarta.model.Element;
import se.processkarta.model.ElementStatus;
import se.processkarta.model.Period;
import se.processkarta.model.RoleAssignment;
import se.processkarta.model.RoleKind;

/**
 * Which created elements the validity intervals may skip reading roles for: only those the change
 * gives no role and no allocation (issue 12's 10,000-row import; ModelWriter.roleless).
 */
class RolelessTest {

  private static ModelEdit create(String code) {
    return new ModelEdit.CreateElement(
        new Element(Code.parse(code), "Namn", null, null, null, ElementStatus.PUBLISHED),
        Optional.of(Code.parse(code).parent().orElseThrow()));
  }

  @Test
  void onlyCreatedElementsWithoutRoleOrAllocationAreRoleless() {
    Period always = new Period(LocalDate.of(2026, 1, 1), null);
    List<ModelEdit> edits =
        List.of(
            create("3.3.90"),
            create("3.3.91"),
            create("3.3.92"),
            create("3.3.93"),
            new ModelEdit.AssignRole(
                new RoleAssignment(
                    RoleKind.OWNER, Code.parse("3.3.91"), "anna-lind", always, null, null, null)),
            new ModelEdit.EndRole(
                RoleKind.LEAD, Code.parse("3.3.92"), "anna-lind", LocalDate.now()),
            new ModelEdit.Allocate(
                new Allocation("anna-lind", Code.parse("3.3.93"), "pool", 10, always)),
            new ModelEdit.UpdateElement(Code.parse("3.3.1"), "Nytt namn", null, null, null));
    assertThat(ModelWriter.roleless(edits)).containsExactly("3.3.90");
  }
}
