package se.processkarta.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.processkarta.changes.Operation;
import se.processkarta.model.Code;
import se.processkarta.model.Element;
import se.processkarta.model.ElementStatus;
import se.processkarta.model.ModelSnapshot;
import se.processkarta.model.Period;
import se.processkarta.model.Person;
import se.processkarta.model.RoleAssignment;
import se.processkarta.model.RoleKind;

/** The planner's rules on a small model, without a database. */
class ImportPlannerTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
  static final String HEADER =
      "kod;nivå;namn;beskrivning;syfte;mottagare;status;processägare;processledare;processteam\r\n";

  static Element el(String code, String name, ElementStatus status) {
    return new Element(Code.parse(code), name, null, null, null, status);
  }

  static final ModelSnapshot MODEL =
      new ModelSnapshot(
          "1",
          TODAY,
          List.of(
              el("3", "Kärnverksamhet", ElementStatus.PUBLISHED),
              el("3.5", "Utbildning", ElementStatus.PUBLISHED),
              el("3.5.2", "Förskola", ElementStatus.PUBLISHED),
              el("3.5.2.1", "Inskrivning", ElementStatus.PUBLISHED),
              el("3.5.2.1.1", "Ansöka", ElementStatus.PUBLISHED),
              el("3.5.2.2", "Avslutad", ElementStatus.RETIRED),
              el("3.5.2.3", "Kvar", ElementStatus.PUBLISHED)),
          List.of(new Person("anna", "Anna Berg", null, null, null)),
          List.of(
              new RoleAssignment(
                  RoleKind.OWNER,
                  Code.parse("3.5.2.1"),
                  "anna",
                  new Period(TODAY.minusYears(1), null),
                  null,
                  null,
                  null)),
          List.of(),
          List.of());

  static ImportPlanner.Plan plan(String rows, Optional<Code> root, boolean retireMissing) {
    Imported file = CsvReader.read((HEADER + rows).getBytes(StandardCharsets.UTF_8), 1000);
    return ImportPlanner.plan(MODEL, file, new ImportPlanner.Options(root, retireMissing, TODAY));
  }

  static List<String> ops(ImportPlanner.Plan p) {
    return p.operations().stream()
        .map(
            o ->
                o.op()
                    + " "
                    + (o.op().equals("createPerson") ? o.id() : o.code())
                    + (o.newCode() == null ? "" : "→" + o.newCode()))
        .toList();
  }

  @Test
  void aRowThatChangesNothingMakesNoOperation() {
    ImportPlanner.Plan p =
        plan(
            "3.5.2.1;4;Inskrivning;;;;PUBLISHED;Anna Berg [anna];;\r\n"
                + "3.5.2.2;4;Avslutad;;;;RETIRED;;;\r\n",
            Optional.empty(),
            false);
    assertThat(p.operations()).isEmpty();
    assertThat(p.summary()).isEqualTo(new ImportSummary(0, 0, 0, 0, 0, 0));
  }

  @Test
  void aNewParentComesBeforeItsChildrenWhateverTheFileOrder() {
    ImportPlanner.Plan p =
        plan(
            "3.5.2.9.1;5;Barn;;;;;;;\r\n3.5.2.9;4;Förälder;;;;;Ny Person [ny];;\r\n",
            Optional.empty(),
            false);
    assertThat(ops(p))
        .containsExactly(
            "createPerson ny",
            "createElement 3.5.2.9",
            "createElement 3.5.2.9.1",
            "assignRole 3.5.2.9");
    assertThat(p.summary().added()).isEqualTo(2);
  }

  @Test
  void anEmptyStatusKeepsTheElementsAndANewElementIsCreatedPublished() {
    ImportPlanner.Plan p =
        plan("3.5.2.2;4;Avslutad;;;;;;;\r\n3.5.2.8;4;Ny;;;;;;;\r\n", Optional.empty(), false);
    assertThat(ops(p)).containsExactly("createElement 3.5.2.8");
  }

  @Test
  void retiredInTheFileRetiresAndARetiredElementCannotComeBack() {
    assertThat(ops(plan("3.5.2.3;4;Kvar;;;;RETIRED;;;\r\n", Optional.empty(), false)))
        .containsExactly("retireElement 3.5.2.3");
    ImportRejectedException e =
        assertThrows(
            ImportRejectedException.class,
            () -> plan("3.5.2.2;4;Avslutad;;;;PUBLISHED;;;\r\n", Optional.empty(), false));
    assertThat(e.problems().get(0).messageKey()).isEqualTo("import.status.cannot");
    assertThat(e.problems().get(0).where()).isEqualTo(Where.cell(2, "status"));
  }

  @Test
  void missingElementsAreRetiredOnlyWhenAskedDeepestFirst() {
    String rows = "3.5.2;3;Förskola;;;;;;;\r\n";
    Optional<Code> root = Optional.of(Code.parse("3.5"));
    assertThat(plan(rows, root, false).operations()).isEmpty();
    ImportPlanner.Plan p = plan(rows, root, true);
    assertThat(ops(p))
        .containsExactly(
            "retireElement 3.5.2.3", "retireElement 3.5.2.1.1", "retireElement 3.5.2.1");
    assertThat(p.summary().retired()).isEqualTo(3);
  }

  @Test
  void aChangedOwnerIsEndedYesterdayAndTheNewOneAssignedFromToday() {
    ImportPlanner.Plan p =
        plan("3.5.2.1;4;Inskrivning;;;;;Bo Ek [bo];;\r\n", Optional.empty(), false);
    assertThat(ops(p)).containsExactly("createPerson bo", "endRole 3.5.2.1", "assignRole 3.5.2.1");
    Operation end = p.operations().get(1);
    assertThat(end.personId()).isEqualTo("anna");
    assertThat(end.to()).isEqualTo("2026-11-29");
    assertThat(p.operations().get(2).from()).isNull(); // the change path's today
  }

  @Test
  void aRecodedRowUnderARootIsAMoveAndUnderItselfACycle() {
    Optional<Code> root = Optional.of(Code.parse("3.5.2"));
    ImportPlanner.Plan p =
        plan(
            "3.5.2.4;4;Inskrivning;;;;;Anna Berg [anna];;\r\n3.5.2.4.1;5;Ansöka;;;;;;;\r\n",
            root,
            false);
    assertThat(ops(p)).containsExactly("moveElement 3.5.2.1→3.5.2.4");
    assertThat(p.summary().moved()).isEqualTo(1);
    // Without a root the file speaks for no element it leaves out: the same rows are new.
    assertThat(ops(plan("3.5.2.4;4;Inskrivning;;;;;;;\r\n", Optional.empty(), false)))
        .containsExactly("createElement 3.5.2.4");
    ImportRejectedException e =
        assertThrows(
            ImportRejectedException.class,
            () -> plan("3.5.2.1.1.1;5;Inskrivning;;;;;;;\r\n", root, false));
    assertThat(e.problems()).extracting(ImportProblem::messageKey).contains("import.code.invalid");
    e =
        assertThrows(
            ImportRejectedException.class,
            () -> plan("3.5.2.1.7;5;Inskrivning;;;;;;;\r\n", root, false));
    assertThat(e.problems()).extracting(ImportProblem::messageKey).contains("import.move.cycle");
  }

  @Test
  void everyProblemIsListedWithItsPlace() {
    ImportRejectedException e =
        assertThrows(
            ImportRejectedException.class,
            () ->
                plan(
                    "3.5.2.7;3;;;;;KLAR;Anna;;\r\n3.5.2.7;4;Dubbel;;;;;;;\r\n1.2.3.4.5;5;Aktivitet;;;;;Anna Berg [anna];;\r\n",
                    Optional.empty(),
                    false));
    assertThat(e.problems())
        .extracting(p -> p.where().row() + " " + p.where().column() + " " + p.messageKey())
        .containsExactly(
            "2 nivå import.level.mismatch",
            "2 namn element.name.blank",
            "2 status import.status.unknown",
            "2 processägare import.person.format",
            "3 kod import.code.duplicate",
            "4 processägare roles.level.OWNER");
  }
}
