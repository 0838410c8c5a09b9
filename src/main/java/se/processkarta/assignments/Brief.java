package se.processkarta.assignments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/**
 * The uppdragshandling (projektdirektiv for a projekt): the fields of the issue, the main
 * responsible person and the manager, the reason for choosing another form than the suggested one,
 * the answers the suggestion came from, and the dated milestones and group sessions. Which text
 * fields are required depends on the length ({@link AssignmentRules#missingFields}); this record
 * only refuses what can never be stored.
 */
@Serdeable
public record Brief(
    String title,
    AssignmentKind kind,
    OrganisationForm form,
    @Nullable String background,
    @Nullable String purpose,
    @Nullable String goals,
    @Nullable String expectedResult,
    @Nullable String schedule,
    @Nullable List<Participant> participants,
    @Nullable String budget,
    @Nullable String reporting,
    @Nullable String processCode,
    @Nullable String diaryNumber,
    LocalDate start,
    LocalDate end,
    String responsibleId,
    String managerId,
    @Nullable String formReason,
    @Nullable FormAssessment assessment,
    @Nullable List<Milestone> milestones,
    @Nullable List<Session> sessions) {

  public Brief {
    title = Fields.requiredLine(title, "title");
    if (kind == null) {
      throw se.processkarta.model.InvalidInputException.required("kind");
    }
    if (form == null) {
      throw se.processkarta.model.InvalidInputException.required("form");
    }
    background = Fields.optionalText(background, "background");
    purpose = Fields.optionalText(purpose, "purpose");
    goals = Fields.optionalText(goals, "goals");
    expectedResult = Fields.optionalText(expectedResult, "expectedResult");
    schedule = Fields.optionalText(schedule, "schedule");
    participants = Fields.list(participants, "participants");
    budget = Fields.optionalText(budget, "budget");
    reporting = Fields.optionalText(reporting, "reporting");
    processCode = Fields.optionalLine(processCode, "processCode");
    diaryNumber = Fields.optionalLine(diaryNumber, "diaryNumber");
    Fields.requireDate(start, "start");
    Fields.requireDate(end, "end");
    if (end.isBefore(start)) {
      throw new se.processkarta.model.InvalidInputException(
              "assignments.period.endBeforeStart", end.toString(), start.toString())
          .at("end");
    }
    responsibleId = Fields.requiredLine(responsibleId, "responsibleId");
    managerId = Fields.requiredLine(managerId, "managerId");
    formReason = Fields.optionalText(formReason, "formReason");
    milestones = Fields.list(milestones, "milestones");
    sessions = Fields.list(sessions, "sessions");
  }

  Brief withParticipants(List<Participant> resolved) {
    return new Brief(
        title,
        kind,
        form,
        background,
        purpose,
        goals,
        expectedResult,
        schedule,
        resolved,
        budget,
        reporting,
        processCode,
        diaryNumber,
        start,
        end,
        responsibleId,
        managerId,
        formReason,
        assessment,
        milestones,
        sessions);
  }

  Brief withSchedule(List<Milestone> newMilestones, List<Session> newSessions) {
    return new Brief(
        title,
        kind,
        form,
        background,
        purpose,
        goals,
        expectedResult,
        schedule,
        participants,
        budget,
        reporting,
        processCode,
        diaryNumber,
        start,
        end,
        responsibleId,
        managerId,
        formReason,
        assessment,
        newMilestones,
        newSessions);
  }
}
