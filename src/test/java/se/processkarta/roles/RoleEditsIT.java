package se.processkarta.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import se.processkarta.SharedGraph;
import se.processkarta.changes.apply.EditsRejectedException;
import se.processkarta.changes.apply.ModelEdit;
import se.processkarta.changes.apply.ModelWriter;
import se.processkarta.model.Allocation;
import se.processkarta.model.Code;
import se.processkarta.model.Element;
import se.processkarta.model.ElementStatus;
import se.processkarta.model.InvalidInputException;
import se.processkarta.model.Messages;
import se.processkarta.model.Period;
import se.processkarta.model.Person;
import se.processkarta.model.ResourcePool;
import se.processkarta.model.RoleAssignment;
import se.processkarta.model.RoleKind;

/**
 * The role rules on the one write path (a change's edits through {@link ModelWriter}) against the
 * real graph; a refused edit answers its reason as the change's failure. The graph is shared by
 * every test class, so these tests write only to people, a pool and DRAFT processes (not gaps, not
 * in any seed case) that they create themselves, under processgrupp 3.3.8 with numbers from 90, and
 * allocate only in 2090.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleEditsIT implements SharedGraph {

  static final String ADA = "test-roles-ada";
  static final String BO = "test-roles-bo";
  static final String CIA = "test-roles-cia";
  static final String POOL = "test-roles-pool";
  static final Code OWNED = Code.parse("3.3.8.90");
  static final Code LED = Code.parse("3.3.8.91");
  static final Code TEAM = Code.parse("3.3.8.92");
  static final Code ALLOCATED = Code.parse("3.3.8.93");
  static final Code DELEGATED = Code.parse("3.3.8.94");
  static final Code ACTIVITY = Code.parse("3.3.8.90.1");

  @Inject RoleQueries queries;
  @Inject RoleService roles;
  @Inject ModelWriter writer;
  @Inject Driver driver;

  /** The role edits of a change, each applied as a change of its own. */
  private final Commands commands = new Commands();

  final class Commands {
    void assignOwner(
        Code element, String personId, Period period, String delegatedBy, LocalDate delegatedAt) {
      assign(
          new RoleAssignment(
              RoleKind.OWNER, element, personId, period, null, delegatedBy, delegatedAt));
    }

    void appointLead(Code element, String personId, Period period) {
      assign(new RoleAssignment(RoleKind.LEAD, element, personId, period, null, null, null));
    }

    void endLead(Code element, String personId, LocalDate lastDay) {
      endRole(RoleKind.LEAD, element, personId, lastDay);
    }

    void addTeamMember(Code element, String personId, String competence, Period period) {
      assign(
          new RoleAssignment(
              RoleKind.TEAM_MEMBER, element, personId, period, competence, null, null));
    }

    void endTeamMember(Code element, String personId, LocalDate lastDay) {
      endRole(RoleKind.TEAM_MEMBER, element, personId, lastDay);
    }

    void assign(RoleAssignment role) {
      apply(new ModelEdit.AssignRole(role));
    }

    void endRole(RoleKind kind, Code element, String personId, LocalDate lastDay) {
      apply(new ModelEdit.EndRole(kind, element, personId, lastDay));
    }

    void allocate(Allocation allocation) {
      apply(new ModelEdit.Allocate(allocation));
    }

    private void apply(ModelEdit edit) {
      writer.apply(java.util.UUID.randomUUID().toString(), List.of(edit));
    }
  }

  /** The one failure of a refused edit. */
  private static EditsRejectedException.Failure refused(ThrowingCallable edit) {
    Throwable t = catchThrowable(edit);
    assertThat(t).isInstanceOf(EditsRejectedException.class);
    List<EditsRejectedException.Failure> failures = ((EditsRejectedException) t).failures();
    assertThat(failures).hasSize(1);
    return failures.get(0);
  }

  private static String swedish(EditsRejectedException.Failure f) {
    return Messages.format(Messages.SWEDISH, f.messageKey(), f.arguments());
  }

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  static Period from(String iso) {
    return new Period(d(iso), null);
  }

  static Period between(String from, String to) {
    return new Period(d(from), d(to));
  }

  @BeforeAll
  void createTestPeopleAndProcesses() {
    for (Code c : List.of(OWNED, LED, TEAM, ALLOCATED, DELEGATED, ACTIVITY)) {
      writer.apply(
          java.util.UUID.randomUUID().toString(),
          List.of(
              new ModelEdit.CreateElement(
                  new Element(c, "Testprocess " + c, null, null, null, ElementStatus.DRAFT),
                  c.parent())));
    }
    try (var session = driver.session(SessionConfig.defaultConfig())) {
      session.executeWriteWithoutResult(
          tx ->
              roles.upsert(
                  tx,
                  new ModelPeople(
                      List.of(),
                      List.of(
                          new Person(ADA, "Ada Testsson", "Testare", null, null),
                          new Person(BO, "Bo Testsson", "Testare", null, null),
                          new Person(CIA, "Cia Testsson", "Resursägare", null, null)),
                      List.of(new ResourcePool(POOL, "Testresurs", "Test", CIA, List.of(ADA, BO))),
                      List.of(),
                      List.of(),
                      List.of())));
    }
  }

  private ElementRoles on(Code code, String date) {
    return queries.elementRoles(code, d(date), Messages.SWEDISH);
  }

  @Test
  void aSecondCurrentOwnerIsRefusedNamingWhoOwnsTheProcessNow() {
    commands.assignOwner(OWNED, ADA, between("2030-01-01", "2030-12-31"), null, null);
    assertThat(
            swedish(refused(() -> commands.assignOwner(OWNED, BO, from("2030-12-31"), null, null))))
        .isEqualTo(
            "3.3.8.90 har redan en processägare för den perioden: Ada Testsson"
                + " (test-roles-ada) från 2030-01-01 till och med 2030-12-31.");
    assertThat(on(OWNED, "2030-12-31").owner().person().id()).isEqualTo(ADA);
  }

  @Test
  void aNewOwnerFromTheDayAfterTheLastDayTakesOver() {
    commands.assignOwner(OWNED, ADA, between("2040-01-01", "2040-06-30"), null, null);
    commands.assignOwner(OWNED, BO, between("2040-07-01", "2040-12-31"), null, null);
    assertThat(on(OWNED, "2040-06-30").owner().person().id()).isEqualTo(ADA);
    assertThat(on(OWNED, "2040-07-01").owner().person().id()).isEqualTo(BO);
    assertThat(on(OWNED, "2040-07-01").owner().inherited()).isFalse();
  }

  @Test
  void anActivityInheritsTheOwnerOfItsProcess() {
    commands.assignOwner(OWNED, CIA, between("2045-01-01", "2045-12-31"), null, null);
    ElementRoles r = on(ACTIVITY, "2045-07-02");
    assertThat(r.owner().person().id()).isEqualTo(CIA);
    assertThat(r.owner().inherited()).isTrue();
    assertThat(r.owner().elementCode()).isEqualTo("3.3.8.90");
  }

  @Test
  void ownersAreRefusedOnAnActivity() {
    assertThat(
            refused(() -> commands.assignOwner(ACTIVITY, ADA, from("2030-01-01"), null, null))
                .messageKey())
        .isEqualTo("roles.level.OWNER");
  }

  @Test
  void anUnknownPersonOrElementIsNotFound() {
    assertThat(
            swedish(
                refused(
                    () ->
                        commands.assignOwner(OWNED, "ingen-alls", from("2050-01-01"), null, null))))
        .contains("ingen-alls");
    assertThat(
            refused(() -> commands.appointLead(Code.parse("3.3.8.99"), ADA, from("2050-01-01")))
                .messageKey())
        .isEqualTo("element.notFound");
    assertThat(
            refused(
                    () ->
                        commands.assignOwner(
                            DELEGATED, ADA, from("2050-01-01"), "ingen-alls", d("2049-12-01")))
                .messageKey())
        .isEqualTo("roles.person.notFound");
  }

  @Test
  void anEndBeforeTheStartIsInvalid() {
    // A period that ends before it starts is no period: refused before any edit is made of it.
    assertThatThrownBy(() -> commands.appointLead(LED, ADA, between("2030-02-01", "2030-01-31")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.messageKey()).isEqualTo("period.toBeforeFrom"));
  }

  @Test
  void delegatedOwnershipRecordsWhoDelegatedItAndWhen() {
    commands.assignOwner(DELEGATED, BO, from("2031-01-01"), CIA, d("2030-12-01"));
    RoleHolder owner = on(DELEGATED, "2031-01-01").owner();
    assertThat(owner.person().id()).isEqualTo(BO);
    assertThat(owner.delegatedBy().id()).isEqualTo(CIA);
    assertThat(owner.delegatedAt()).isEqualTo(d("2030-12-01"));
  }

  @Test
  void leadsAreAppointedEndedAndHandedOver() {
    commands.assignOwner(LED, CIA, from("2032-01-01"), null, null);
    assertThat(on(LED, "2032-01-01").ownerActsAsLead()).isTrue();

    commands.appointLead(LED, ADA, from("2032-02-01"));
    assertThat(swedish(refused(() -> commands.appointLead(LED, BO, from("2032-03-01")))))
        .contains("Ada Testsson")
        .contains("tills vidare");

    commands.endLead(LED, ADA, d("2032-02-29"));
    commands.appointLead(LED, BO, from("2032-03-01"));
    assertThat(on(LED, "2032-01-31").ownerActsAsLead()).isTrue();
    assertThat(on(LED, "2032-02-29").lead().person().id()).isEqualTo(ADA);
    assertThat(on(LED, "2032-03-01").lead().person().id()).isEqualTo(BO);
    assertThat(on(LED, "2032-03-01").effectiveLead().basis()).isEqualTo("APPOINTED");

    assertThat(refused(() -> commands.endLead(LED, ADA, d("2032-03-15"))).messageKey())
        .isEqualTo("roles.alreadyEnded");
    assertThat(refused(() -> commands.endLead(LED, CIA, d("2032-03-15"))).messageKey())
        .isEqualTo("roles.role.notFound.LEAD");
  }

  @Test
  void teamMembersJoinAndLeaveOnTheirDates() {
    commands.addTeamMember(TEAM, ADA, "Juridik", from("2033-01-01"));
    commands.addTeamMember(TEAM, BO, "GIS", from("2033-06-01"));
    assertThat(
            refused(() -> commands.addTeamMember(TEAM, ADA, "Juridik", from("2033-02-01")))
                .messageKey())
        .isEqualTo("roles.taken.TEAM_MEMBER.openEnded");
    commands.endTeamMember(TEAM, ADA, d("2033-06-30"));
    assertThat(on(TEAM, "2033-05-31").team()).extracting(t -> t.person().id()).containsExactly(ADA);
    assertThat(on(TEAM, "2033-06-30").team())
        .extracting(t -> t.person().id())
        .containsExactlyInAnyOrder(ADA, BO);
    assertThat(on(TEAM, "2033-07-01").team()).extracting(t -> t.person().id()).containsExactly(BO);
    assertThat(on(TEAM, "2033-07-01").team().get(0).competence()).isEqualTo("GIS");
  }

  @Test
  void endingARoleOfAnyKindWorksThroughTheGeneralCommand() {
    commands.assignOwner(TEAM, CIA, from("2034-01-01"), null, null);
    commands.endRole(RoleKind.OWNER, TEAM, CIA, d("2034-12-31"));
    assertThat(on(TEAM, "2034-12-31").owner().inherited()).isFalse();
    assertThat(on(TEAM, "2035-01-01").owner().inherited()).isTrue();
  }

  @Test
  void allocationsAboveOneHundredPercentAreReportedToTheResourceOwner() {
    commands.allocate(new Allocation(ADA, ALLOCATED, POOL, 60, from("2090-01-01")));
    commands.allocate(new Allocation(ADA, OWNED, POOL, 50, between("2090-03-01", "2090-03-31")));
    assertThat(testPeopleOverAllocated("2090-02-28")).isEmpty();
    List<OverAllocation> over = testPeopleOverAllocated("2090-03-31");
    assertThat(over).extracting(o -> o.person().id()).containsExactly(ADA);
    assertThat(over.get(0).totalPercent()).isEqualTo(110);
    assertThat(over.get(0).resourceOwners()).extracting(PersonRef::id).containsExactly(CIA);
    assertThat(testPeopleOverAllocated("2090-04-01")).isEmpty();
    assertThat(queries.resourcePool(POOL, d("2090-03-15")).allocations()).hasSize(2);
  }

  @Test
  void aCachedReportIsReadAgainAfterARoleIsWritten() {
    assertThat(testPeopleOverAllocated("2095-03-15")).isEmpty();
    commands.allocate(new Allocation(BO, ALLOCATED, POOL, 70, from("2095-01-01")));
    assertThat(testPeopleOverAllocated("2095-03-15")).isEmpty();
    commands.allocate(new Allocation(BO, TEAM, POOL, 40, between("2095-03-01", "2095-03-31")));
    assertThat(testPeopleOverAllocated("2095-03-15"))
        .extracting(o -> o.person().id(), OverAllocation::totalPercent)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(BO, 110));
  }

  /** Seed people with open-ended allocations are over-allocated in 2090 too; leave them out. */
  private List<OverAllocation> testPeopleOverAllocated(String date) {
    return queries.conflicts(d(date)).overAllocations().stream()
        .filter(o -> o.person().id().startsWith("test-roles-"))
        .toList();
  }

  @Test
  void allocationsAreValidated() {
    assertThatThrownBy(() -> new Allocation(ADA, ALLOCATED, POOL, 0, from("2091-01-01")))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new Allocation(ADA, ALLOCATED, POOL, 101, from("2091-01-01")))
        .isInstanceOf(InvalidInputException.class);
    assertThat(
            refused(
                    () ->
                        commands.allocate(
                            new Allocation(CIA, ALLOCATED, POOL, 10, from("2091-01-01"))))
                .messageKey())
        .isEqualTo("allocation.notInPool");
    assertThat(
            refused(
                    () ->
                        commands.allocate(
                            new Allocation(ADA, ALLOCATED, "ingen-resurs", 10, from("2091-01-01"))))
                .messageKey())
        .isEqualTo("roles.pool.notFound");
    assertThat(
            refused(
                    () ->
                        commands.allocate(
                            new Allocation(ADA, Code.parse("3.3.8"), POOL, 10, from("2091-01-01"))))
                .messageKey())
        .isEqualTo("roles.allocation.level");
    assertThat(queries.resourcePool(POOL, d("2091-01-01")).allocations())
        .noneMatch(a -> a.percent() == 10);
  }

  @Test
  void aPersonSeesTheirNewResponsibilities() {
    commands.addTeamMember(DELEGATED, ADA, "Test", from("2036-01-01"));
    PersonResponsibilities ada = queries.person(ADA, d("2036-01-01"));
    assertThat(ada.responsibilities())
        .extracting(r -> r.kind() + " " + r.code())
        .contains("TEAM_MEMBER 3.3.8.94");
    assertThat(queries.people("testsson")).extracting(PersonListItem::id).contains(ADA, BO, CIA);
  }
}
