package se.processkarta.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import se.processkarta.assignments.Approval;
import se.processkarta.assignments.Assignment;
import se.processkarta.assignments.AssignmentCalendar;
import se.processkarta.assignments.AssignmentDiagrams;
import se.processkarta.assignments.AssignmentFilter;
import se.processkarta.assignments.AssignmentKind;
import se.processkarta.assignments.AssignmentPortfolio;
import se.processkarta.assignments.AssignmentRules;
import se.processkarta.assignments.AssignmentService;
import se.processkarta.assignments.AssignmentState;
import se.processkarta.assignments.Brief;
import se.processkarta.assignments.FollowUp;
import se.processkarta.assignments.FollowUpKind;
import se.processkarta.assignments.FormAssessment;
import se.processkarta.assignments.FormSuggestion;
import se.processkarta.assignments.Investment;
import se.processkarta.assignments.Milestone;
import se.processkarta.assignments.OrganisationForm;
import se.processkarta.assignments.Participant;
import se.processkarta.assignments.RevisionView;
import se.processkarta.assignments.Session;
import se.processkarta.changes.Actor;
import se.processkarta.diagrams.DiagramService;
import se.processkarta.model.InvalidInputException;
import se.processkarta.web.http.ConditionalGet;
import se.processkarta.web.http.Language;

/**
 * Assignments (uppdrag): create and read them, their brief, participants, milestones and sessions,
 * the managers' approvals and the follow-ups. Reads follow the read rule; every write needs a
 * login, and the service decides who may do what (an editor, the assignment's manager or main
 * responsible person, or the manager of a participant when approving).
 */
@Controller("/api/assignments")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Uppdrag")
class AssignmentController {

  static final String ICS = "text/calendar;charset=utf-8";
  static final String CSV = "text/csv;charset=utf-8";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final AssignmentService assignments;
  private final AssignmentDiagrams diagrams;
  private final DiagramService drawings;

  AssignmentController(
      AssignmentService assignments, AssignmentDiagrams diagrams, DiagramService drawings) {
    this.assignments = assignments;
    this.diagrams = diagrams;
    this.drawings = drawings;
  }

  /** The milestones and sessions as iCalendar, one all-day event each. */
  @Get(value = "/{id}.ics", produces = ICS)
  HttpResponse<String> calendar(@PathVariable long id) {
    Assignment a = assignments.get(id, null);
    return HttpResponse.ok(AssignmentCalendar.ics(a))
        .contentType(ICS)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"uppdrag-" + id + ".ics\"");
  }

  /**
   * The brief on A4 as tagged PDF/UA-1 and PDF/A-2a, with its approvals, for registration as a
   * decision (laid out on the render pool, cached by revision).
   */
  @Get(value = "/{id}/brief.pdf", produces = "application/pdf")
  HttpResponse<byte[]> briefPdf(@PathVariable long id, HttpRequest<?> request) {
    Assignment a = assignments.get(id, null);
    String key = diagrams.key("brief-a4", a);
    HttpResponse<byte[]> r =
        ConditionalGet.answer(
            request,
            drawings.etag(key, DiagramService.Format.PDF, java.util.Optional.empty()),
            () -> Drawn.body(drawings.document(key, () -> diagrams.brief(a))));
    return r.getStatus().getCode() == 200
        ? ((io.micronaut.http.MutableHttpResponse<byte[]>) r)
            .header(
                HttpHeaders.CONTENT_DISPOSITION,
                "inline; filename=\"uppdragshandling-" + id + ".pdf\"")
        : r;
  }

  private List<Assignment> portfolio(int year) {
    return assignments
        .list(new AssignmentFilter(null, null, null, null, null, null, "" + year, null))
        .stream()
        .filter(a -> a.state() != AssignmentState.WITHDRAWN)
        .toList();
  }

  /** The portfolio (all but withdrawn assignments of the year) as CSV for Excel. */
  @Get(value = "/portfolio.csv", produces = CSV)
  HttpResponse<byte[]> portfolioCsv(@QueryValue @Nullable String year) {
    return HttpResponse.ok(AssignmentPortfolio.csv(portfolio(diagrams.year(year))))
        .contentType(CSV)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"uppdrag.csv\"");
  }

  /** The portfolio as an Excel workbook. */
  @Get(value = "/portfolio.xlsx", produces = XLSX)
  HttpResponse<byte[]> portfolioXlsx(@QueryValue @Nullable String year) {
    int y = diagrams.year(year);
    return HttpResponse.ok(AssignmentPortfolio.xlsx(portfolio(y), y))
        .contentType(XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"uppdrag.xlsx\"");
  }

  /** A participant as sent: every field optional here, so the domain names what is missing. */
  @Serdeable
  record ParticipantBody(
      @Nullable String personId,
      @Nullable String managerId,
      @Nullable String group,
      @Nullable Integer percent) {

    Participant toParticipant() {
      if (percent == null) {
        throw InvalidInputException.required("participants.percent");
      }
      return new Participant(personId, managerId, group, percent, null, null);
    }
  }

  @Serdeable
  record AssessmentBody(
      @Nullable Integer stakeholders,
      @Nullable Boolean external,
      @Nullable Boolean predictable,
      @Nullable Investment investment) {

    FormAssessment toAssessment() {
      if (stakeholders == null) {
        throw InvalidInputException.required("stakeholders");
      }
      if (external == null) {
        throw InvalidInputException.required("external");
      }
      if (predictable == null) {
        throw InvalidInputException.required("predictable");
      }
      return new FormAssessment(stakeholders, external, predictable, investment);
    }
  }

  @Serdeable
  record SuggestBody(
      @Nullable AssignmentKind kind,
      @Nullable Integer stakeholders,
      @Nullable Boolean external,
      @Nullable Boolean predictable,
      @Nullable Investment investment) {}

  @Serdeable
  record BriefBody(
      @Nullable String title,
      @Nullable AssignmentKind kind,
      @Nullable OrganisationForm form,
      @Nullable String background,
      @Nullable String purpose,
      @Nullable String goals,
      @Nullable String expectedResult,
      @Nullable String schedule,
      @Nullable List<ParticipantBody> participants,
      @Nullable String budget,
      @Nullable String reporting,
      @Nullable String processCode,
      @Nullable String diaryNumber,
      @Nullable LocalDate start,
      @Nullable LocalDate end,
      @Nullable String responsibleId,
      @Nullable String managerId,
      @Nullable String formReason,
      @Nullable AssessmentBody assessment,
      @Nullable List<Milestone> milestones,
      @Nullable List<Session> sessions) {

    Brief toBrief() {
      return new Brief(
          title,
          kind,
          form,
          background,
          purpose,
          goals,
          expectedResult,
          schedule,
          AssignmentController.participants(participants),
          budget,
          reporting,
          processCode,
          diaryNumber,
          start,
          end,
          responsibleId,
          managerId,
          formReason,
          assessment == null ? null : assessment.toAssessment(),
          milestones,
          sessions);
    }
  }

  @Serdeable
  record ParticipantsBody(@Nullable List<ParticipantBody> participants) {}

  @Serdeable
  record ScheduleBody(@Nullable List<Milestone> milestones, @Nullable List<Session> sessions) {}

  @Serdeable
  record Schedule(List<Milestone> milestones, List<Session> sessions) {}

  @Serdeable
  record ApprovalBody(@Nullable String comment) {}

  @Serdeable
  record Approvals(
      List<Approval> approvals, List<String> pending, Map<String, List<String>> approvers) {}

  @Serdeable
  record FollowUpBody(
      @Nullable FollowUpKind kind, @Nullable LocalDate date, @Nullable String text) {}

  @Serdeable
  record BriefView(
      Brief brief,
      boolean longAssignment,
      List<String> requiredFields,
      List<String> missingFields) {}

  private static List<Participant> participants(@Nullable List<ParticipantBody> list) {
    if (list == null) {
      return List.of();
    }
    if (list.size() > 500) {
      throw new InvalidInputException("assignments.field.tooMany", "participants", "500");
    }
    return list.stream()
        .map(
            p -> {
              if (p == null) {
                throw InvalidInputException.required("participants");
              }
              return p.toParticipant();
            })
        .toList();
  }

  private static <T> T required(@Nullable T body, String field) {
    if (body == null) {
      throw InvalidInputException.required(field);
    }
    return body;
  }

  @Post
  @Status(HttpStatus.CREATED)
  @Secured(SecurityRule.IS_AUTHENTICATED)
  Assignment create(@Body BriefBody body, Actor actor) {
    return assignments.create(actor, required(body, "title").toBrief());
  }

  @Get
  List<Assignment> list(
      @QueryValue @Nullable String kind,
      @QueryValue @Nullable String form,
      @QueryValue @Nullable String unit,
      @QueryValue @Nullable String person,
      @QueryValue @Nullable String process,
      @QueryValue @Nullable String state,
      @QueryValue @Nullable String year,
      @QueryValue @Nullable String asOf) {
    return assignments.list(
        new AssignmentFilter(kind, form, unit, person, process, state, year, asOf));
  }

  @Post("/suggest-form")
  @Secured(SecurityRule.IS_AUTHENTICATED)
  FormSuggestion suggest(HttpRequest<?> request, @Body SuggestBody body) {
    SuggestBody b = required(body, "kind");
    AssessmentBody answers =
        new AssessmentBody(b.stakeholders(), b.external(), b.predictable(), b.investment());
    return assignments.suggest(b.kind(), answers.toAssessment(), Language.of(request));
  }

  @Get("/{id}")
  Assignment get(@PathVariable long id, @QueryValue @Nullable String asOf) {
    return assignments.get(id, asOf);
  }

  @Get("/{id}/history")
  List<RevisionView> history(@PathVariable long id) {
    return assignments.history(id);
  }

  @Get("/{id}/brief")
  BriefView brief(@PathVariable long id, @QueryValue @Nullable String asOf) {
    Assignment a = assignments.get(id, asOf);
    return new BriefView(
        a.brief(),
        a.longAssignment(),
        AssignmentRules.requiredFields(a.brief()),
        a.missingFields());
  }

  @Put("/{id}/brief")
  @Secured(SecurityRule.IS_AUTHENTICATED)
  Assignment updateBrief(@PathVariable long id, @Body BriefBody body, Actor actor) {
    return assignments.updateBrief(actor, id, required(body, "title").toBrief());
  }

  @Get("/{id}/participants")
  List<Participant> participants(@PathVariable long id, @QueryValue @Nullable String asOf) {
    return assignments.get(id, asOf).brief().participants();
  }

  @Put("/{id}/participants")
  @Secured(SecurityRule.IS_AUTHENTICATED)
  Assignment updateParticipants(@PathVariable long id, @Body ParticipantsBody body, Actor actor) {
    return assignments.updateParticipants(
        actor, id, participants(required(body, "participants").participants()));
  }

  @Get("/{id}/milestones")
  Schedule schedule(@PathVariable long id, @QueryValue @Nullable String asOf) {
    Brief b = assignments.get(id, asOf).brief();
    return new Schedule(b.milestones(), b.sessions());
  }

  @Put("/{id}/milestones")
  @Secured(SecurityRule.IS_AUTHENTICATED)
  Assignment updateSchedule(@PathVariable long id, @Body ScheduleBody body, Actor actor) {
    ScheduleBody b = required(body, "milestones");
    return assignments.updateSchedule(actor, id, b.milestones(), b.sessions());
  }

  @Post("/{id}/submit")
  @Secured(SecurityRule.IS_AUTHENTICATED)
  Assignment submit(@PathVariable long id, Actor actor) {
    return assignments.submit(actor, id);
  }

  @Post("/{id}/withdraw")
  @Secured(SecurityRule.IS_AUTHENTICATED)
  Assignment withdraw(@PathVariable long id, Actor actor) {
    return assignments.withdraw(actor, id);
  }

  @Get("/{id}/approvals")
  Approvals approvals(@PathVariable long id, @QueryValue @Nullable String asOf) {
    Assignment a = assignments.get(id, asOf);
    return new Approvals(a.approvals(), a.pendingApprovals(), AssignmentRules.approvers(a.brief()));
  }

  @Post("/{id}/approvals")
  @Status(HttpStatus.CREATED)
  @Secured(SecurityRule.IS_AUTHENTICATED)
  Assignment approve(@PathVariable long id, @Nullable @Body ApprovalBody body, Actor actor) {
    return assignments.approve(actor, id, body == null ? null : body.comment());
  }

  @Get("/{id}/follow-ups")
  List<FollowUp> followUps(@PathVariable long id, @QueryValue @Nullable String asOf) {
    return assignments.get(id, asOf).followUps();
  }

  @Post("/{id}/follow-ups")
  @Status(HttpStatus.CREATED)
  @Secured(SecurityRule.IS_AUTHENTICATED)
  Assignment followUp(@PathVariable long id, @Body FollowUpBody body, Actor actor) {
    FollowUpBody b = required(body, "kind");
    return assignments.followUp(actor, id, b.kind(), b.date(), b.text());
  }
}
