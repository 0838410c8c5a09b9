package se.processkarta.assignments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.processkarta.assignments.Briefs.p;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.processkarta.model.ConflictException;
import se.processkarta.model.ForbiddenException;
import se.processkarta.model.ProcesskartaException;
import se.processkarta.model.RuleViolationException;

class AssignmentRulesTest {

  private static final Set<String> ALLOWED =
      Set.of(
          "NETWORK/NETWORK",
          "COORDINATION/WORKING_GROUP",
          "COORDINATION/PROJECT",
          "INVESTIGATION/INDIVIDUAL",
          "INVESTIGATION/WORKING_GROUP");

  @Test
  void onlyTheRoutinesKindAndFormPairsAreAllowedAndEveryOtherPairIsRefusedByName() {
    int allowed = 0;
    for (AssignmentKind kind : AssignmentKind.values()) {
      for (OrganisationForm form : OrganisationForm.values()) {
        if (ALLOWED.contains(kind + "/" + form)) {
          assertThatCode(() -> AssignmentRules.requireAllowedForm(kind, form))
              .doesNotThrowAnyException();
          allowed++;
        } else {
          assertThatThrownBy(() -> AssignmentRules.requireAllowedForm(kind, form))
              .isInstanceOf(RuleViolationException.class)
              .extracting(e -> ((ProcesskartaException) e).messageKey())
              .isEqualTo("assignments.rule.formNotAllowed");
        }
      }
    }
    assertThat(allowed).isEqualTo(5);
  }

  @ParameterizedTest
  @CsvSource({
    // kind, stakeholders, external, predictable, investment, complexity, form
    "NETWORK, 2, false, true, SMALL, LOW, NETWORK",
    "NETWORK, 20, true, false, LARGE, HIGH, NETWORK",
    "INVESTIGATION, 2, false, true, SMALL, LOW, INDIVIDUAL",
    "INVESTIGATION, 5, false, true, SMALL, MEDIUM, WORKING_GROUP",
    "INVESTIGATION, 2, false, false, SMALL, MEDIUM, WORKING_GROUP",
    "INVESTIGATION, 2, false, true, MEDIUM, MEDIUM, WORKING_GROUP",
    "INVESTIGATION, 12, true, false, LARGE, HIGH, WORKING_GROUP",
    "COORDINATION, 2, false, true, SMALL, LOW, WORKING_GROUP",
    "COORDINATION, 5, false, false, MEDIUM, MEDIUM, WORKING_GROUP",
    "COORDINATION, 3, true, true, SMALL, HIGH, PROJECT",
    "COORDINATION, 10, false, true, SMALL, HIGH, PROJECT",
    "COORDINATION, 3, false, true, LARGE, HIGH, PROJECT",
  })
  void theSuggestionFollowsComplexityWithinTheFormsTheKindAllows(
      AssignmentKind kind,
      int stakeholders,
      boolean external,
      boolean predictable,
      Investment investment,
      AssignmentRules.Complexity complexity,
      OrganisationForm form) {
    AssignmentRules.Suggestion s =
        AssignmentRules.suggest(
            kind, new FormAssessment(stakeholders, external, predictable, investment));
    assertThat(s.complexity()).isEqualTo(complexity);
    assertThat(s.form()).isEqualTo(form);
    assertThat(AssignmentRules.allowedForms(kind)).contains(s.form());
    assertThat(s.reasons()).isNotEmpty();
  }

  @Test
  void aSuggestionLimitedByTheKindSaysSo() {
    AssignmentRules.Suggestion s =
        AssignmentRules.suggest(
            AssignmentKind.INVESTIGATION, new FormAssessment(20, true, false, Investment.LARGE));
    assertThat(s.reasons())
        .extracting(AssignmentRules.Reason::key)
        .contains("assignments.suggest.kindLimits");
  }

  @Test
  void anotherAllowedFormThanTheSuggestedOneNeedsAReason() {
    Brief small = Briefs.workingGroup();
    FormAssessment highAnswers = new FormAssessment(15, true, false, Investment.LARGE);
    Brief noReason = withAssessment(small, highAnswers, null);
    assertThatThrownBy(() -> AssignmentRules.requireReasonForOtherForm(noReason))
        .hasMessageContaining("assignments.rule.formReasonMissing");
    assertThatCode(
            () ->
                AssignmentRules.requireReasonForOtherForm(
                    withAssessment(small, highAnswers, "Leverantören sköter projektet")))
        .doesNotThrowAnyException();
    FormAssessment mediumAnswers = new FormAssessment(5, false, false, Investment.MEDIUM);
    assertThatCode(
            () ->
                AssignmentRules.requireReasonForOtherForm(
                    withAssessment(small, mediumAnswers, null)))
        .doesNotThrowAnyException();
  }

  private static Brief withAssessment(Brief b, FormAssessment a, String reason) {
    return new Brief(
        b.title(),
        b.kind(),
        b.form(),
        b.background(),
        b.purpose(),
        b.goals(),
        b.expectedResult(),
        b.schedule(),
        b.participants(),
        b.budget(),
        b.reporting(),
        b.processCode(),
        b.diaryNumber(),
        b.start(),
        b.end(),
        b.responsibleId(),
        b.managerId(),
        reason,
        a,
        b.milestones(),
        b.sessions());
  }

  @Test
  void aDateOutsideTheYears1To9999IsRefusedByItsField() {
    for (String day : List.of("+999999999-12-31", "-0001-01-01", "+10000-01-01")) {
      assertThatThrownBy(() -> new Milestone(java.time.LocalDate.parse(day), "Milstolpe"))
          .isInstanceOfSatisfying(
              se.processkarta.model.InvalidInputException.class,
              e -> {
                assertThat(e.messageKey()).isEqualTo("assignments.input.date");
                assertThat(e.arguments()).containsExactly("milestones.date");
              });
    }
    assertThat(new Milestone(java.time.LocalDate.parse("9999-12-31"), "Sist").date().getYear())
        .isEqualTo(9999);
  }

  @Test
  void aboutAYearOrMoreIsLong() {
    LocalDate start = LocalDate.of(2026, 1, 1);
    assertThat(AssignmentRules.isLong(start, LocalDate.of(2026, 11, 30))).isFalse();
    assertThat(AssignmentRules.isLong(start, LocalDate.of(2026, 12, 1))).isTrue();
    assertThat(AssignmentRules.isLong(start, LocalDate.of(2027, 12, 31))).isTrue();
  }

  @Test
  void aShortBriefNeedsPurposeExpectedResultAndSchedule() {
    Brief b = Briefs.workingGroup();
    assertThat(AssignmentRules.missingFields(b)).isEmpty();
    Brief bare =
        new Brief(
            "x", b.kind(), b.form(), null, null, null, null, null, List.of(), null, null, null,
            null, b.start(), b.end(), "anna", "boss", null, null, null, null);
    assertThat(AssignmentRules.missingFields(bare))
        .containsExactly("purpose", "expectedResult", "schedule");
    assertThatThrownBy(() -> AssignmentRules.requireComplete(bare))
        .hasMessageContaining("assignments.rule.briefIncomplete.short");
  }

  @Test
  void aLongBriefNeedsEveryField() {
    Brief b = Briefs.workingGroup();
    Brief longOne =
        Briefs.of(b.kind(), b.form(), b.start(), b.start().plusYears(1), b.participants());
    assertThat(AssignmentRules.missingFields(longOne))
        .containsExactly("background", "goals", "budget", "reporting");
    assertThatThrownBy(() -> AssignmentRules.requireComplete(longOne))
        .hasMessageContaining("assignments.rule.briefIncomplete.long");
  }

  @Test
  void theResponsiblePersonAndTheManagerAreTwoPeople() {
    Brief b = Briefs.workingGroup();
    Brief same =
        new Brief(
            b.title(),
            b.kind(),
            b.form(),
            null,
            b.purpose(),
            null,
            b.expectedResult(),
            b.schedule(),
            b.participants(),
            null,
            null,
            null,
            null,
            b.start(),
            b.end(),
            "anna",
            "anna",
            null,
            null,
            null,
            null);
    assertThatThrownBy(() -> AssignmentRules.requireResponsibility(same))
        .hasMessageContaining("assignments.rule.responsibleIsManager");
    assertThatCode(() -> AssignmentRules.requireResponsibility(b)).doesNotThrowAnyException();
  }

  @Test
  void participantsAreListedOnceWithAShareAndAnotherPersonAsManager() {
    Brief b = Briefs.workingGroup();
    assertRefused(
        b,
        List.of(p("bo", "chef-b", null, 10), p("bo", "chef-b", null, 10)),
        "assignments.rule.participantTwice");
    assertRefused(b, List.of(p("bo", "chef-b", null, 0)), "assignments.rule.share");
    assertRefused(b, List.of(p("bo", "chef-b", null, 101)), "assignments.rule.share");
    assertRefused(b, List.of(p("bo", "bo", null, 10)), "assignments.rule.ownManager");
    assertRefused(b, List.of(p("bo", "anna", null, 10)), "assignments.rule.responsibleApproves");
  }

  private static void assertRefused(Brief b, List<Participant> ps, String rule) {
    assertThatThrownBy(() -> AssignmentRules.requireResponsibility(b.withParticipants(ps)))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining(rule);
  }

  @Test
  void submittingNeedsTheResponsibleAmongTheParticipantsAndTheFormsGroupSize() {
    Brief b = Briefs.workingGroup();
    assertThatCode(() -> AssignmentRules.requireReadyToSubmit(b)).doesNotThrowAnyException();
    assertThatThrownBy(
            () ->
                AssignmentRules.requireReadyToSubmit(
                    b.withParticipants(List.of(p("bo", "chef-b", null, 10)))))
        .hasMessageContaining("assignments.rule.responsibleTakesPart");
    assertThatThrownBy(
            () ->
                AssignmentRules.requireReadyToSubmit(
                    b.withParticipants(List.of(p("anna", "chef-a", null, 10)))))
        .hasMessageContaining("assignments.rule.participantCount");
    Brief individual =
        Briefs.of(
            AssignmentKind.INVESTIGATION,
            OrganisationForm.INDIVIDUAL,
            b.start(),
            b.end(),
            List.of(p("anna", "chef-a", null, 50)));
    assertThatCode(() -> AssignmentRules.requireReadyToSubmit(individual))
        .doesNotThrowAnyException();
    assertThatThrownBy(
            () ->
                AssignmentRules.requireReadyToSubmit(individual.withParticipants(b.participants())))
        .hasMessageContaining("assignments.rule.participantCount");
  }

  @Test
  void aProjectHasAStyrgruppAndAProjektgrupp() {
    Brief b = Briefs.workingGroup();
    Brief project =
        Briefs.of(
            AssignmentKind.COORDINATION,
            OrganisationForm.PROJECT,
            b.start(),
            b.end(),
            List.of(
                p("anna", "chef-a", "Projektgrupp", 50), p("bo", "chef-b", "Projektgrupp", 20)));
    assertThatThrownBy(() -> AssignmentRules.requireReadyToSubmit(project))
        .hasMessageContaining("assignments.rule.projectGroups");
    Brief withSteering =
        project.withParticipants(
            List.of(p("anna", "chef-a", "Projektgrupp", 50), p("cia", "chef-c", "Styrgrupp", 5)));
    assertThatCode(() -> AssignmentRules.requireReadyToSubmit(withSteering))
        .doesNotThrowAnyException();
  }

  @Test
  void eachManagerApprovesForTheirOwnPeopleOnly() {
    Brief b =
        Briefs.workingGroup()
            .withParticipants(
                List.of(
                    p("anna", "chef-a", null, 20),
                    p("bo", "chef-b", null, 10),
                    p("cia", "chef-b", null, 10)));
    assertThat(AssignmentRules.approvers(b).keySet()).containsExactly("chef-a", "chef-b");
    assertThat(AssignmentRules.approvesFor("chef-b", b)).containsExactly("bo", "cia");
    assertThat(AssignmentRules.approvesFor("chef-a", b)).containsExactly("anna");
    assertThatThrownBy(() -> AssignmentRules.approvesFor("boss", b))
        .isInstanceOf(ForbiddenException.class)
        .hasMessageContaining("assignments.rule.notTheirManager");
    assertThatThrownBy(() -> AssignmentRules.approvesFor("anna", b))
        .isInstanceOf(ForbiddenException.class)
        .hasMessageContaining("assignments.rule.responsibleApproves.self");
  }

  @Test
  void theLastPendingManagerDecidesTheAssignment() {
    Brief b = Briefs.workingGroup();
    Approval a = approval("chef-a", "anna");
    assertThat(AssignmentRules.pending(b, List.of())).containsExactly("chef-a", "chef-b");
    assertThat(AssignmentRules.pending(b, List.of(a))).containsExactly("chef-b");
    assertThat(AssignmentRules.afterApproval(AssignmentRules.pending(b, List.of(a))))
        .isEqualTo(AssignmentState.SUBMITTED);
    assertThat(
            AssignmentRules.afterApproval(
                AssignmentRules.pending(b, List.of(a, approval("chef-b", "bo")))))
        .isEqualTo(AssignmentState.DECIDED);
  }

  private static Approval approval(String manager, String person) {
    return new Approval(manager, List.of(person), manager, java.time.Instant.EPOCH, null);
  }

  @Test
  void aChangeOfResourcesConcernsOnlyTheManagersOfThePeopleItChanges() {
    Brief b = Briefs.workingGroup();
    Brief moreOfBo =
        b.withParticipants(
            List.of(p("anna", "chef-a", "Arbetsgrupp", 20), p("bo", "chef-b", "Arbetsgrupp", 30)));
    assertThat(AssignmentRules.concernedManagers(b, moreOfBo)).containsExactly("chef-b");
    Brief plusCia =
        b.withParticipants(
            List.of(
                p("anna", "chef-a", "Arbetsgrupp", 20),
                p("bo", "chef-b", "Arbetsgrupp", 10),
                p("cia", "chef-c", "Arbetsgrupp", 10)));
    assertThat(AssignmentRules.concernedManagers(b, plusCia)).containsExactly("chef-c");
    assertThat(AssignmentRules.concernedManagers(b, b)).isEmpty();
    List<Approval> both = List.of(approval("chef-a", "anna"), approval("chef-b", "bo"));
    List<Approval> kept =
        AssignmentRules.keptApprovals(both, AssignmentRules.concernedManagers(b, moreOfBo));
    assertThat(kept).extracting(Approval::managerId).containsExactly("chef-a");
    assertThat(
            AssignmentRules.afterEdit(
                AssignmentState.DECIDED, AssignmentRules.pending(moreOfBo, kept)))
        .isEqualTo(AssignmentState.SUBMITTED);
    assertThat(AssignmentRules.afterEdit(AssignmentState.DECIDED, AssignmentRules.pending(b, both)))
        .isEqualTo(AssignmentState.DECIDED);
  }

  @Test
  void aChangeOfDirectionConcernsEveryManager() {
    Brief b = Briefs.workingGroup();
    Brief redirected =
        new Brief(
            b.title(),
            b.kind(),
            b.form(),
            null,
            "Ett annat syfte",
            null,
            b.expectedResult(),
            b.schedule(),
            b.participants(),
            null,
            null,
            null,
            null,
            b.start(),
            b.end(),
            "anna",
            "boss",
            null,
            null,
            null,
            null);
    assertThat(AssignmentRules.concernedManagers(b, redirected))
        .containsExactly("chef-a", "chef-b");
  }

  @Test
  void eachStepStartsOnlyFromItsStates() {
    for (AssignmentRules.Step step : AssignmentRules.Step.values()) {
      EnumSet<AssignmentState> from =
          switch (step) {
            case EDIT ->
                EnumSet.of(
                    AssignmentState.DRAFT, AssignmentState.SUBMITTED, AssignmentState.DECIDED);
            case SUBMIT -> EnumSet.of(AssignmentState.DRAFT);
            case APPROVE -> EnumSet.of(AssignmentState.SUBMITTED);
            case WITHDRAW -> EnumSet.of(AssignmentState.DRAFT, AssignmentState.SUBMITTED);
            case FOLLOW_UP, CLOSE -> EnumSet.of(AssignmentState.DECIDED);
          };
      for (AssignmentState state : AssignmentState.values()) {
        if (from.contains(state)) {
          assertThatCode(() -> AssignmentRules.requireStep(step, state)).doesNotThrowAnyException();
        } else {
          assertThatThrownBy(() -> AssignmentRules.requireStep(step, state))
              .isInstanceOf(ConflictException.class);
        }
      }
    }
  }
}
