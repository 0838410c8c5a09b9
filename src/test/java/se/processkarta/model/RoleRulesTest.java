package se.processkarta.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RoleRulesTest {

  static final Code P = Code.parse("3.1.5.1");
  static final LocalDate START = LocalDate.of(2025, 7, 1);
  static final LocalDate LAST = LocalDate.of(2025, 12, 31);

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  static RoleAssignment owner(String person, String from, String to) {
    return role(RoleKind.OWNER, P, person, from, to);
  }

  static RoleAssignment role(RoleKind kind, Code code, String person, String from, String to) {
    return new RoleAssignment(
        kind,
        code,
        person,
        new Period(d(from), to == null ? null : d(to)),
        kind == RoleKind.TEAM_MEMBER ? "Juridik" : null,
        null,
        null);
  }

  @Nested
  class OneCurrentOwnerAndLead {

    final List<RoleAssignment> stored = List.of(owner("anna", "2025-07-01", "2025-12-31"));

    @Test
    void aSecondOwnerStartingOnTheHoldersLastDayClashes() {
      assertThat(RoleRules.clash(stored, owner("bo", "2025-12-31", null))).contains(stored.get(0));
    }

    @Test
    void aSecondOwnerStartingTheDayAfterTheHoldersLastDayDoesNotClash() {
      assertThat(RoleRules.clash(stored, owner("bo", "2026-01-01", null))).isEmpty();
    }

    @Test
    void aSecondOwnerEndingTheDayBeforeTheHolderStartsDoesNotClash() {
      assertThat(RoleRules.clash(stored, owner("bo", "2025-01-01", "2025-06-30"))).isEmpty();
    }

    @Test
    void aSecondOwnerEndingOnTheDayTheHolderStartsClashes() {
      assertThat(RoleRules.clash(stored, owner("bo", "2025-01-01", "2025-07-01"))).isPresent();
    }

    @Test
    void anOpenEndedHolderClashesWithAnyLaterOwner() {
      List<RoleAssignment> open = List.of(owner("anna", "2025-07-01", null));
      assertThat(RoleRules.clash(open, owner("bo", "2040-01-01", null))).isPresent();
    }

    @Test
    void writingTheSameRoleAgainIsAnUpdateNotAClash() {
      assertThat(RoleRules.clash(stored, owner("anna", "2025-07-01", null))).isEmpty();
    }

    @Test
    void leadsClashLikeOwnersButNotWithOwners() {
      List<RoleAssignment> lead = List.of(role(RoleKind.LEAD, P, "anna", "2025-07-01", null));
      assertThat(RoleRules.clash(lead, role(RoleKind.LEAD, P, "bo", "2025-08-01", null)))
          .isPresent();
      assertThat(RoleRules.clash(lead, owner("bo", "2025-08-01", null))).isEmpty();
    }

    @Test
    void rolesOnAnotherElementDoNotClash() {
      RoleAssignment other = role(RoleKind.OWNER, Code.parse("3.1.5.2"), "bo", "2025-07-01", null);
      assertThat(RoleRules.clash(stored, other)).isEmpty();
    }

    @Test
    void teamMembersClashOnlyWithThemselves() {
      List<RoleAssignment> team =
          List.of(role(RoleKind.TEAM_MEMBER, P, "anna", "2025-07-01", null));
      assertThat(RoleRules.clash(team, role(RoleKind.TEAM_MEMBER, P, "bo", "2025-07-01", null)))
          .isEmpty();
      assertThat(RoleRules.clash(team, role(RoleKind.TEAM_MEMBER, P, "anna", "2025-09-01", null)))
          .isPresent();
    }

    @Test
    void theConflictNamesWhoHoldsTheRoleAndForWhen() {
      assertThatThrownBy(
              () ->
                  RoleRules.checkNoClash(
                      stored, owner("bo", "2025-09-01", null), id -> "Anna Andersson"))
          .isInstanceOf(ConflictException.class)
          .satisfies(
              e -> {
                ProcesskartaException p = (ProcesskartaException) e;
                assertThat(p.messageKey()).isEqualTo("roles.taken.OWNER");
                assertThat(p.arguments())
                    .containsExactly(
                        "3.1.5.1", "Anna Andersson", "anna", "2025-07-01", "2025-12-31");
              });
    }

    @Test
    void anOpenEndedHolderIsNamedWithTheOpenEndedMessage() {
      assertThatThrownBy(
              () ->
                  RoleRules.checkNoClash(
                      List.of(owner("anna", "2025-07-01", null)),
                      owner("bo", "2025-09-01", null),
                      id -> id))
          .isInstanceOfSatisfying(
              ConflictException.class,
              e -> assertThat(e.messageKey()).isEqualTo("roles.taken.OWNER.openEnded"));
    }
  }

  @Nested
  class OverlapsInABatch {

    @Test
    void overlappingOwnersAndLeadsAreReportedButTeamsAndHandoversAreNot() {
      RoleAssignment a = owner("anna", "2022-01-01", "2024-12-31");
      RoleAssignment handover = owner("bo", "2025-01-01", null);
      RoleAssignment overlapping = owner("cia", "2024-12-31", null);
      RoleAssignment team1 = role(RoleKind.TEAM_MEMBER, P, "dan", "2022-01-01", null);
      RoleAssignment team2 = role(RoleKind.TEAM_MEMBER, P, "eva", "2022-01-01", null);
      RoleAssignment lead1 = role(RoleKind.LEAD, P, "dan", "2022-01-01", null);
      RoleAssignment lead2 = role(RoleKind.LEAD, P, "eva", "2030-01-01", null);
      List<RoleRules.Overlap<RoleAssignment>> found =
          RoleRules.overlaps(List.of(a, handover, overlapping, team1, team2, lead1, lead2), r -> r);
      assertThat(found)
          .containsExactly(
              new RoleRules.Overlap<>(a, overlapping),
              new RoleRules.Overlap<>(handover, overlapping),
              new RoleRules.Overlap<>(lead1, lead2));
    }
  }

  @Nested
  class Levels {

    @Test
    void ownersExistOnLevelsTwoToFour() {
      for (String code : List.of("3.5", "3.5.4", "3.5.4.1")) {
        RoleRules.checkLevel(RoleKind.OWNER, Code.parse(code));
      }
    }

    @Test
    void ownersOnLevelOneOrFiveAreRefused() {
      for (String code : List.of("3", "3.5.4.1.1")) {
        assertThatThrownBy(() -> RoleRules.checkLevel(RoleKind.OWNER, Code.parse(code)))
            .isInstanceOfSatisfying(
                InvalidInputException.class,
                e -> assertThat(e.messageKey()).isEqualTo("roles.level.OWNER"));
      }
    }

    @Test
    void allocationsGoToProcessesOnly() {
      RoleRules.checkAllocationLevel(P);
      assertThatThrownBy(() -> RoleRules.checkAllocationLevel(Code.parse("3.1.5")))
          .isInstanceOf(InvalidInputException.class);
    }
  }

  @Nested
  class WhatHoldsOnADate {

    final List<RoleAssignment> history =
        List.of(owner("marie", "2022-01-01", "2024-12-31"), owner("ulf", "2025-01-01", null));

    @Test
    void theOwnerOnTheLastDayOfAHandedOverRoleIsTheOldOne() {
      assertThat(RoleRules.current(history, RoleKind.OWNER, d("2024-12-31")))
          .map(RoleAssignment::personId)
          .contains("marie");
    }

    @Test
    void theOwnerTheDayAfterIsTheNewOne() {
      assertThat(RoleRules.current(history, RoleKind.OWNER, d("2025-01-01")))
          .map(RoleAssignment::personId)
          .contains("ulf");
    }

    @Test
    void noOneOwnsBeforeTheFirstStart() {
      assertThat(RoleRules.current(history, RoleKind.OWNER, d("2021-12-31"))).isEmpty();
    }

    @Test
    void aRoleWhoseLastDayHasPassedHasEnded() {
      List<RoleAssignment> ended = List.of(owner("jessica", "2021-01-01", "2026-03-31"));
      assertThat(RoleRules.current(ended, RoleKind.OWNER, d("2026-03-31"))).isPresent();
      assertThat(RoleRules.current(ended, RoleKind.OWNER, d("2026-04-01"))).isEmpty();
    }

    @Test
    void theTeamOnADateIsWhoeverWasInItThatDay() {
      List<RoleAssignment> team =
          List.of(
              role(RoleKind.TEAM_MEMBER, P, "viktor", "2023-01-01", "2025-06-30"),
              role(RoleKind.TEAM_MEMBER, P, "sanna", "2025-07-01", null),
              role(RoleKind.TEAM_MEMBER, P, "maja", "2026-02-01", null),
              role(RoleKind.TEAM_MEMBER, P, "asa", "2023-01-01", null));
      assertThat(people(RoleRules.allCurrent(team, RoleKind.TEAM_MEMBER, d("2025-06-30"))))
          .containsExactlyInAnyOrder("viktor", "asa");
      assertThat(people(RoleRules.allCurrent(team, RoleKind.TEAM_MEMBER, d("2025-07-01"))))
          .containsExactlyInAnyOrder("sanna", "asa");
      assertThat(people(RoleRules.allCurrent(team, RoleKind.TEAM_MEMBER, d("2026-02-01"))))
          .containsExactlyInAnyOrder("sanna", "asa", "maja");
    }

    private List<String> people(List<RoleAssignment> roles) {
      return roles.stream().map(RoleAssignment::personId).toList();
    }
  }

  @Nested
  class EffectiveLead {

    @Test
    void anAppointedLeadLeads() {
      assertThat(RoleRules.effectiveLead(Optional.of("owner"), Optional.of("lead")))
          .contains(new RoleRules.EffectiveLead<>("lead", RoleRules.LeadBasis.APPOINTED));
    }

    @Test
    void withoutALeadTheOwnerIsTheLead() {
      assertThat(RoleRules.effectiveLead(Optional.of("owner"), Optional.<String>empty()))
          .contains(new RoleRules.EffectiveLead<>("owner", RoleRules.LeadBasis.OWNER));
    }

    @Test
    void withNeitherThereIsNoLead() {
      assertThat(RoleRules.effectiveLead(Optional.<String>empty(), Optional.<String>empty()))
          .isEmpty();
    }
  }

  @Nested
  class ReportingChainAndInheritance {

    final Map<Code, String> owners =
        Map.of(Code.parse("3.5"), "anna", Code.parse("3.5.4.1"), "magnus");

    Optional<String> ownerOn(Code c) {
      return Optional.ofNullable(owners.get(c));
    }

    @Test
    void theChainSkipsAncestorsWithoutAnOwner() {
      assertThat(RoleRules.reportingChain(Code.parse("3.5.4.1"), this::ownerOn))
          .containsExactly(new RoleRules.ChainLink<>(Code.parse("3.5"), "anna"));
    }

    @Test
    void theChainRunsNearestFirst() {
      Map<Code, String> full = Map.of(Code.parse("3.5"), "anna", Code.parse("3.5.4"), "therese");
      assertThat(
              RoleRules.reportingChain(
                  Code.parse("3.5.4.1"), c -> Optional.ofNullable(full.get(c))))
          .extracting(RoleRules.ChainLink::owner)
          .containsExactly("therese", "anna");
    }

    @Test
    void anElementWithoutAnOwnerInheritsTheNearestOwnedAncestors() {
      assertThat(RoleRules.inheritedOwner(Code.parse("3.5.4.2.1"), this::ownerOn))
          .contains(new RoleRules.ChainLink<>(Code.parse("3.5"), "anna"));
    }

    @Test
    void theTopOfTheTreeInheritsNothing() {
      assertThat(RoleRules.inheritedOwner(Code.parse("3.5"), this::ownerOn)).isEmpty();
    }
  }

  @Nested
  class Gaps {

    @Test
    void aPublishedProcessWithoutAnOwnerIsAGap() {
      assertThat(RoleRules.isGap(Level.PROCESS, ElementStatus.PUBLISHED, false)).isTrue();
    }

    @Test
    void aProcessWithAnOwnerADraftOrAnotherLevelIsNot() {
      assertThat(RoleRules.isGap(Level.PROCESS, ElementStatus.PUBLISHED, true)).isFalse();
      assertThat(RoleRules.isGap(Level.PROCESS, ElementStatus.DRAFT, false)).isFalse();
      assertThat(RoleRules.isGap(Level.PROCESS_GROUP, ElementStatus.PUBLISHED, false)).isFalse();
      assertThat(RoleRules.isGap(Level.ACTIVITY, ElementStatus.PUBLISHED, false)).isFalse();
    }
  }

  @Nested
  class OverAllocation {

    static Allocation alloc(String person, int percent, String from, String to) {
      return new Allocation(
          person, P, "pool", percent, new Period(d(from), to == null ? null : d(to)));
    }

    final List<Allocation> allocations =
        List.of(
            alloc("ali", 60, "2025-01-01", null),
            alloc("ali", 50, "2025-09-01", null),
            alloc("ali", 30, "2023-01-01", "2024-12-31"),
            alloc("kent", 60, "2025-01-01", null),
            alloc("kent", 40, "2025-01-01", null));

    @Test
    void aboveOneHundredPercentOnADateIsAConflict() {
      assertThat(RoleRules.overAllocated(allocations, d("2026-11-22")))
          .containsExactly(Map.entry("ali", 110));
    }

    @Test
    void exactlyOneHundredPercentIsNot() {
      assertThat(RoleRules.totals(allocations, d("2026-11-22"))).containsEntry("kent", 100);
      assertThat(RoleRules.isOverAllocated(100)).isFalse();
      assertThat(RoleRules.isOverAllocated(101)).isTrue();
    }

    @Test
    void theDayBeforeTheSecondAllocationStartsIsNotAConflict() {
      assertThat(RoleRules.overAllocated(allocations, d("2025-08-31"))).isEmpty();
      assertThat(RoleRules.overAllocated(allocations, d("2025-09-01"))).containsKey("ali");
    }

    @Test
    void anEndedAllocationCountsOnItsLastDayButNotTheDayAfter() {
      List<Allocation> a =
          List.of(
              alloc("ali", 80, "2024-01-01", "2024-12-31"), alloc("ali", 30, "2024-06-01", null));
      assertThat(RoleRules.overAllocated(a, d("2024-12-31"))).containsEntry("ali", 110);
      assertThat(RoleRules.overAllocated(a, d("2025-01-01"))).isEmpty();
    }
  }

  @Nested
  class Ending {

    final RoleAssignment open = owner("anna", "2025-07-01", null);

    @Test
    void endingSetsTheInclusiveLastDay() {
      RoleAssignment ended = RoleRules.end(open, LAST);
      assertThat(ended.period()).isEqualTo(new Period(START, LAST));
      assertThat(ended.isActiveOn(LAST)).isTrue();
      assertThat(ended.isActiveOn(LAST.plusDays(1))).isFalse();
    }

    @Test
    void aRoleCanEndOnItsFirstDay() {
      assertThat(RoleRules.end(open, START).period().to()).isEqualTo(START);
    }

    @Test
    void aLastDayBeforeTheStartIsRefused() {
      assertThatThrownBy(() -> RoleRules.end(open, START.minusDays(1)))
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e -> assertThat(e.messageKey()).isEqualTo("period.toBeforeFrom"));
    }

    @Test
    void aRoleThatHasAlreadyEndedCannotBeEndedLater() {
      RoleAssignment ended = RoleRules.end(open, LAST);
      assertThatThrownBy(() -> RoleRules.end(ended, LAST.plusDays(1)))
          .isInstanceOf(ConflictException.class);
      assertThat(RoleRules.end(ended, LAST.minusDays(1)).period().to())
          .isEqualTo(LAST.minusDays(1));
    }
  }
}
