package se.processkarta.changes.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import se.processkarta.SharedGraph;
import se.processkarta.hierarchy.HierarchyService;
import se.processkarta.model.Code;
import se.processkarta.model.Element;
import se.processkarta.model.ElementStatus;
import se.processkarta.model.Period;
import se.processkarta.model.Person;
import se.processkarta.model.RoleAssignment;
import se.processkarta.model.RoleKind;

/**
 * The change path checks and applies a whole change against an in-memory view of the part of the
 * model it touches, and writes it in batches. These tests hold it to what applying the operations
 * one by one did: later operations see earlier ones (also a subtree under its new code after a
 * move), the check and the apply agree, and every failing operation is named with its command's
 * reason. The graph is shared: DRAFT processes under 3.3.8 numbered from 6000, people {@code
 * test-batch-*}, roles in 2090.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModelWriterBatchIT implements SharedGraph {

  @Inject ModelWriter writer;
  @Inject HierarchyService hierarchy;
  @Inject Driver driver;

  static final Code GROUP = Code.parse("3.3.8");

  private static ModelEdit.CreateElement create(String code, String name) {
    Code c = Code.parse(code);
    return new ModelEdit.CreateElement(
        new Element(c, name, null, null, null, ElementStatus.DRAFT), c.parent());
  }

  private Map<String, Object> element(String code) {
    try (var session = driver.session(SessionConfig.defaultConfig())) {
      var rows =
          session
              .executeRead(
                  tx ->
                      tx.run(
                              "MATCH (e:Element {code: $code}) OPTIONAL MATCH"
                                  + " (e)-[:PART_OF]->(p:Element) RETURN e.name AS name,"
                                  + " e.status AS status, p.code AS parent",
                              Map.of("code", code))
                          .list())
              .stream()
              .map(r -> r.asMap())
              .toList();
      return rows.isEmpty() ? null : rows.get(0);
    }
  }

  private List<Map<String, Object>> owners(String code) {
    try (var session = driver.session(SessionConfig.defaultConfig())) {
      return session.executeRead(
          tx ->
              tx.run(
                      "MATCH (p:Person)-[r:OWNER]->(:Element {code: $code}) RETURN p.id AS"
                          + " person, p.name AS name, toString(r.from) AS from, toString(r.to)"
                          + " AS to",
                      Map.of("code", code))
                  .list(r -> r.asMap()));
    }
  }

  @Test
  void aChangeThatNamesAMovedSubtreeByItsNewCodeIsCheckedAndAppliedAsOne() {
    String ada = "test-batch-ada";
    List<ModelEdit> edits =
        List.of(
            new ModelEdit.CreatePerson(new Person(ada, "Ada Batch", null, null, null)),
            create("3.3.8.6000", "Batchprocess"),
            create("3.3.8.6000.1", "Steg ett"),
            new ModelEdit.AssignRole(
                new RoleAssignment(
                    RoleKind.OWNER,
                    Code.parse("3.3.8.6000"),
                    ada,
                    new Period(LocalDate.parse("2090-01-01"), null),
                    null,
                    null,
                    null)),
            new ModelEdit.UpdateElement(Code.parse("3.3.8.6000"), "Före flytten", null, null, null),
            new ModelEdit.MoveElement(Code.parse("3.3.8.6000"), GROUP, Code.parse("3.3.8.6001")),
            new ModelEdit.UpdateElement(
                Code.parse("3.3.8.6001.1"), "Steg efter flytten", null, null, null),
            new ModelEdit.EndRole(
                RoleKind.OWNER, Code.parse("3.3.8.6001"), ada, LocalDate.parse("2090-12-31")),
            new ModelEdit.RetireElement(Code.parse("3.3.8.6001.1")),
            new ModelEdit.UpdatePerson(ada, "Ada Omdöpt", null, null, null));

    ModelWriter.Check check = writer.check(edits);
    assertThat(check.failures()).isEmpty();
    assertThat(element("3.3.8.6000")).as("a check writes nothing").isNull();

    ModelWriter.Applied applied = writer.apply(UUID.randomUUID().toString(), edits);
    assertThat(applied.traces()).isEqualTo(check.traces());

    assertThat(element("3.3.8.6000")).isNull();
    assertThat(element("3.3.8.6000.1")).isNull();
    assertThat(element("3.3.8.6001"))
        .containsEntry("name", "Före flytten")
        .containsEntry("parent", "3.3.8");
    assertThat(element("3.3.8.6001.1"))
        .containsEntry("name", "Steg efter flytten")
        .containsEntry("status", "RETIRED")
        .containsEntry("parent", "3.3.8.6001");
    assertThat(owners("3.3.8.6001"))
        .containsExactly(
            Map.of("person", ada, "name", "Ada Omdöpt", "from", "2090-01-01", "to", "2090-12-31"));

    // The record of each operation, as applying them one by one made it.
    ModelWriter.Trace moved = applied.traces().get(5);
    assertThat(moved.subject()).isEqualTo("3.3.8.6001");
    assertThat(moved.before()).containsEntry("code", "3.3.8.6000");
    assertThat(moved.after()).containsEntry("code", "3.3.8.6001").containsEntry("level", 4L);
    ModelWriter.Trace ended = applied.traces().get(7);
    assertThat(ended.after().get("roles").toString())
        .contains("to=2090-12-31")
        .contains("name=Ada Batch");
    assertThat(applied.traces().get(9).after()).containsEntry("name", "Ada Omdöpt");
  }

  @Test
  void everyFailingOperationIsNamedWithItsCommandsReasonAndNothingIsWritten() {
    List<ModelEdit> edits =
        List.of(
            create("3.3.8.6010", "Ny process"),
            create("3.3.8.6011.1", "Steg utan process"),
            new ModelEdit.AssignRole(
                new RoleAssignment(
                    RoleKind.OWNER,
                    Code.parse("3.3.8.6010"),
                    "test-batch-nobody",
                    new Period(LocalDate.parse("2090-01-01"), null),
                    null,
                    null,
                    null)),
            create("3.3.8.6010", "Samma kod igen"),
            new ModelEdit.RetireElement(GROUP),
            new ModelEdit.MoveElement(Code.parse("3.3.8.6010"), GROUP, Code.parse("3.3.8.6010.1")),
            new ModelEdit.UpdateElement(Code.parse("3.3.8.6010"), "Finns", null, null, null));

    ModelWriter.Check check = writer.check(edits);
    assertThat(check.failures())
        .extracting(
            EditsRejectedException.Failure::index, EditsRejectedException.Failure::messageKey)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "element.parent.missing"),
            org.assertj.core.groups.Tuple.tuple(2, "roles.person.notFound"),
            org.assertj.core.groups.Tuple.tuple(3, "element.exists"),
            org.assertj.core.groups.Tuple.tuple(4, "element.retire.activeChildren"),
            org.assertj.core.groups.Tuple.tuple(5, "element.move.level"));
    // The operations that pass see the ones before them: the update finds the new process.
    assertThat(check.traces()).extracting(ModelWriter.Trace::index).containsExactly(0, 6);

    assertThatThrownBy(() -> writer.apply(UUID.randomUUID().toString(), edits))
        .isInstanceOfSatisfying(
            EditsRejectedException.class,
            e ->
                assertThat(e.failures())
                    .extracting(EditsRejectedException.Failure::index)
                    .containsExactly(1));
    assertThat(element("3.3.8.6010")).isNull();
    assertThat(hierarchy.levelsOf(List.of(Code.parse("3.3.8.6010")))).isEmpty();
    assertThat(Optional.ofNullable(element("3.3.8.6011"))).isEmpty();
  }
}
