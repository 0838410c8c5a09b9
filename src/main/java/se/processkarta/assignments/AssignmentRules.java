package se.processkarta.assignments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import se.processkarta.model.ConflictException;
import se.processkarta.model.ForbiddenException;
import se.processkarta.model.Messages;
import se.processkarta.model.RuleViolationException;

/**
 * The routine's rules for assignments, as pure functions: the one home of each rule. A refusal is a
 * {@link RuleViolationException} whose message key names the rule ({@code assignments.rule.*}).
 */
public final class AssignmentRules {

  /** Complexity of the work, from the assessment: decides the suggested form. */
  public enum Complexity {
    LOW,
    MEDIUM,
    HIGH
  }

  /** A reason behind a suggestion, as a message key and its arguments. */
  public record Reason(String key, List<String> arguments) {
    public Reason {
      arguments = List.copyOf(arguments);
    }
  }

  /** The suggested form with the complexity and the reasons for it. */
  public record Suggestion(OrganisationForm form, Complexity complexity, List<Reason> reasons) {
    public Suggestion {
      reasons = List.copyOf(reasons);
    }
  }

  /** "Many" stakeholders start here; "several" start at {@link #SEVERAL_STAKEHOLDERS}. */
  static final int MANY_STAKEHOLDERS = 10;

  static final int SEVERAL_STAKEHOLDERS = 4;

  /** An assignment of 11 months or more counts as "about a year or more": a long one. */
  static final int LONG_FROM_MONTHS = 11;

  static final List<String> LONG_BRIEF =
      List.of(
          "background",
          "purpose",
          "goals",
          "expectedResult",
          "schedule",
          "participants",
          "budget",
          "reporting");

  static final List<String> SHORT_BRIEF = List.of("purpose", "expectedResult", "schedule");

  private static final Map<AssignmentKind, List<OrganisationForm>> ALLOWED =
      new EnumMap<>(
          Map.of(
              AssignmentKind.NETWORK, List.of(OrganisationForm.NETWORK),
              AssignmentKind.COORDINATION,
                  List.of(OrganisationForm.WORKING_GROUP, OrganisationForm.PROJECT),
              AssignmentKind.INVESTIGATION,
                  List.of(OrganisationForm.INDIVIDUAL, OrganisationForm.WORKING_GROUP)));

  private AssignmentRules() {}

  /** The forms a kind may be organised as, least complex first. */
  public static List<OrganisationForm> allowedForms(AssignmentKind kind) {
    return ALLOWED.get(Objects.requireNonNull(kind, "kind"));
  }

  /** Rule form-för-typ: only the routine's kind/form pairs. */
  public static void requireAllowedForm(AssignmentKind kind, OrganisationForm form) {
    if (!allowedForms(kind).contains(form)) {
      throw new RuleViolationException(
              "assignments.rule.formNotAllowed",
              Messages.term("assignments.kind." + kind.name()),
              Messages.term("assignments.form." + form.name()),
              names(allowedForms(kind)))
          .at("form");
    }
  }

  /** The complexity the answers describe: the most demanding answer decides. */
  public static Complexity complexity(FormAssessment a) {
    Complexity c = Complexity.LOW;
    if (a.stakeholders() >= MANY_STAKEHOLDERS
        || a.external()
        || a.investment() == Investment.LARGE) {
      return Complexity.HIGH;
    }
    if (a.stakeholders() >= SEVERAL_STAKEHOLDERS
        || !a.predictable()
        || a.investment() == Investment.MEDIUM) {
      c = Complexity.MEDIUM;
    }
    return c;
  }

  /**
   * The form for the answers: low complexity → enskild medarbetare or internt nätverk, medium →
   * arbetsgrupp, high → projekt; then the nearest form the kind allows.
   */
  public static Suggestion suggest(AssignmentKind kind, FormAssessment a) {
    Complexity c = complexity(a);
    List<Reason> reasons = new ArrayList<>();
    reasons.add(
        new Reason(
            "assignments.suggest.stakeholders."
                + (a.stakeholders() >= MANY_STAKEHOLDERS
                    ? "many"
                    : a.stakeholders() >= SEVERAL_STAKEHOLDERS ? "several" : "few"),
            List.of(String.valueOf(a.stakeholders()))));
    reasons.add(new Reason("assignments.suggest.external." + a.external(), List.of()));
    reasons.add(new Reason("assignments.suggest.predictable." + a.predictable(), List.of()));
    reasons.add(new Reason("assignments.suggest.investment." + a.investment(), List.of()));
    OrganisationForm ideal =
        switch (c) {
          case LOW ->
              kind == AssignmentKind.NETWORK
                  ? OrganisationForm.NETWORK
                  : OrganisationForm.INDIVIDUAL;
          case MEDIUM -> OrganisationForm.WORKING_GROUP;
          case HIGH -> OrganisationForm.PROJECT;
        };
    OrganisationForm form = nearestAllowed(kind, ideal);
    reasons.add(
        new Reason(
            "assignments.suggest.complexity." + c,
            List.of(Messages.term("assignments.form." + ideal.name()))));
    if (form != ideal) {
      reasons.add(
          new Reason(
              "assignments.suggest.kindLimits",
              List.of(
                  Messages.term("assignments.kind." + kind.name()),
                  names(allowedForms(kind)),
                  Messages.term("assignments.form." + form.name()))));
    }
    return new Suggestion(form, c, reasons);
  }

  private static OrganisationForm nearestAllowed(AssignmentKind kind, OrganisationForm ideal) {
    OrganisationForm best = null;
    for (OrganisationForm f : allowedForms(kind)) {
      if (best == null
          || Math.abs(f.ordinal() - ideal.ordinal()) < Math.abs(best.ordinal() - ideal.ordinal())) {
        best = f;
      }
    }
    return best;
  }

  /** Rule annan-form-kräver-skäl: another allowed form than the suggested one needs a reason. */
  public static void requireReasonForOtherForm(Brief brief) {
    if (brief.assessment() == null) {
      return;
    }
    OrganisationForm suggested = suggest(brief.kind(), brief.assessment()).form();
    if (brief.form() != suggested && brief.formReason() == null) {
      throw new RuleViolationException(
              "assignments.rule.formReasonMissing", brief.form().name(), suggested.name())
          .at("formReason");
    }
  }

  /** A long assignment: about a year or more (11 months or more from start to end). */
  public static boolean isLong(LocalDate start, LocalDate end) {
    return !end.isBefore(start.plusMonths(LONG_FROM_MONTHS));
  }

  /** The brief fields its length requires, by their JSON names. */
  public static List<String> requiredFields(Brief brief) {
    return isLong(brief.start(), brief.end()) ? LONG_BRIEF : SHORT_BRIEF;
  }

  /** The required fields that are empty, in the order of the brief. */
  public static List<String> missingFields(Brief brief) {
    List<String> missing = new ArrayList<>();
    for (String field : requiredFields(brief)) {
      boolean empty =
          switch (field) {
            case "background" -> brief.background() == null;
            case "purpose" -> brief.purpose() == null;
            case "goals" -> brief.goals() == null;
            case "expectedResult" -> brief.expectedResult() == null;
            case "schedule" -> brief.schedule() == null;
            case "participants" -> brief.participants().isEmpty();
            case "budget" -> brief.budget() == null;
            case "reporting" -> brief.reporting() == null;
            default -> throw new IllegalStateException(field);
          };
      if (empty) {
        missing.add(field);
      }
    }
    return missing;
  }

  /** Rule uppdragshandling: the brief has every field its length requires. */
  public static void requireComplete(Brief brief) {
    List<String> missing = missingFields(brief);
    if (!missing.isEmpty()) {
      throw new RuleViolationException(
          isLong(brief.start(), brief.end())
              ? "assignments.rule.briefIncomplete.long"
              : "assignments.rule.briefIncomplete.short",
          String.join(", ", missing));
    }
  }

  /**
   * Rules for who is who, checked whenever the brief is saved: one main responsible person and one
   * manager, not the same person; each participant once, with a share of 1–100 %; a participant's
   * approving manager is never the main responsible person (who would then approve for others).
   */
  public static void requireResponsibility(Brief brief) {
    if (brief.responsibleId().equals(brief.managerId())) {
      throw new RuleViolationException(
              "assignments.rule.responsibleIsManager", brief.responsibleId())
          .at("managerId");
    }
    Set<String> seen = new TreeSet<>();
    for (Participant p : brief.participants()) {
      if (!seen.add(p.personId())) {
        throw new RuleViolationException("assignments.rule.participantTwice", p.personId())
            .at("participants");
      }
      if (p.percent() < 1 || p.percent() > 100) {
        throw new RuleViolationException(
                "assignments.rule.share", p.personId(), String.valueOf(p.percent()))
            .at("participants");
      }
      if (p.managerId().equals(p.personId())) {
        throw new RuleViolationException("assignments.rule.ownManager", p.personId())
            .at("participants");
      }
      if (p.managerId().equals(brief.responsibleId())) {
        throw new RuleViolationException(
                "assignments.rule.responsibleApproves", brief.responsibleId(), p.personId())
            .at("participants");
      }
    }
  }

  /**
   * Rules checked when the brief is submitted for approval: complete for its length; the main
   * responsible person takes part; an enskild medarbetare has one participant and the other forms
   * at least two; a projekt has a styrgrupp and a projektgrupp.
   */
  public static void requireReadyToSubmit(Brief brief) {
    requireAllowedForm(brief.kind(), brief.form());
    requireReasonForOtherForm(brief);
    requireResponsibility(brief);
    requireComplete(brief);
    List<Participant> ps = brief.participants();
    if (ps.stream().noneMatch(p -> p.personId().equals(brief.responsibleId()))) {
      throw new RuleViolationException(
              "assignments.rule.responsibleTakesPart", brief.responsibleId())
          .at("participants");
    }
    if (brief.form() == OrganisationForm.INDIVIDUAL ? ps.size() != 1 : ps.size() < 2) {
      throw new RuleViolationException(
              "assignments.rule.participantCount", brief.form().name(), String.valueOf(ps.size()))
          .at("form");
    }
    if (brief.form() == OrganisationForm.PROJECT) {
      for (String group : List.of("styrgrupp", "projektgrupp")) {
        if (ps.stream().noneMatch(p -> group.equalsIgnoreCase(p.group()))) {
          throw new RuleViolationException("assignments.rule.projectGroups", group)
              .at("participants");
        }
      }
    }
  }

  /** Every manager whose approval the brief needs, with the people each approves for. */
  public static Map<String, List<String>> approvers(Brief brief) {
    Map<String, List<String>> out = new TreeMap<>();
    for (Participant p : brief.participants()) {
      out.computeIfAbsent(p.managerId(), k -> new ArrayList<>()).add(p.personId());
    }
    return out;
  }

  /**
   * The people {@code approverId} approves for: the participants whose manager they are. The main
   * responsible person never approves (403), nor does anyone who manages none of the participants.
   */
  public static List<String> approvesFor(String approverId, Brief brief) {
    if (approverId.equals(brief.responsibleId())) {
      throw new ForbiddenException("assignments.rule.responsibleApproves.self", approverId);
    }
    List<String> people = approvers(brief).get(approverId);
    if (people == null) {
      throw new ForbiddenException("assignments.rule.notTheirManager", approverId);
    }
    return List.copyOf(people);
  }

  /** The managers who have not approved yet. */
  public static List<String> pending(Brief brief, List<Approval> approvals) {
    Set<String> done = new TreeSet<>();
    approvals.forEach(a -> done.add(a.managerId()));
    return approvers(brief).keySet().stream().filter(m -> !done.contains(m)).toList();
  }

  /**
   * The managers a later change concerns: all of them when the direction changes (kind, form,
   * purpose, goals, expected result, period, budget or process); otherwise the managers of each
   * participant added, removed, or given another share or group.
   */
  public static Set<String> concernedManagers(Brief before, Brief after) {
    Set<String> out = new TreeSet<>();
    boolean direction =
        before.kind() != after.kind()
            || before.form() != after.form()
            || !Objects.equals(before.purpose(), after.purpose())
            || !Objects.equals(before.goals(), after.goals())
            || !Objects.equals(before.expectedResult(), after.expectedResult())
            || !before.start().equals(after.start())
            || !before.end().equals(after.end())
            || !Objects.equals(before.budget(), after.budget())
            || !Objects.equals(before.processCode(), after.processCode());
    if (direction) {
      out.addAll(approvers(before).keySet());
      out.addAll(approvers(after).keySet());
      return out;
    }
    Map<String, Participant> old = byPerson(before.participants());
    Map<String, Participant> now = byPerson(after.participants());
    Set<String> people = new LinkedHashSet<>(old.keySet());
    people.addAll(now.keySet());
    for (String id : people) {
      Participant o = old.get(id);
      Participant n = now.get(id);
      if (o == null || n == null || !sameResource(o, n)) {
        if (o != null) {
          out.add(o.managerId());
        }
        if (n != null) {
          out.add(n.managerId());
        }
      }
    }
    return out;
  }

  private static boolean sameResource(Participant a, Participant b) {
    return a.percent() == b.percent()
        && a.managerId().equals(b.managerId())
        && Objects.equals(a.group(), b.group());
  }

  private static Map<String, Participant> byPerson(List<Participant> ps) {
    Map<String, Participant> out = new TreeMap<>();
    ps.forEach(p -> out.put(p.personId(), p));
    return out;
  }

  /** The approvals that still hold after a change: those of managers it does not concern. */
  public static List<Approval> keptApprovals(List<Approval> approvals, Set<String> concerned) {
    return approvals.stream().filter(a -> !concerned.contains(a.managerId())).toList();
  }

  /** Which states a step may start from; anything else is a 409 naming the state. */
  public enum Step {
    EDIT(AssignmentState.DRAFT, AssignmentState.SUBMITTED, AssignmentState.DECIDED),
    SUBMIT(AssignmentState.DRAFT),
    APPROVE(AssignmentState.SUBMITTED),
    WITHDRAW(AssignmentState.DRAFT, AssignmentState.SUBMITTED),
    FOLLOW_UP(AssignmentState.DECIDED),
    CLOSE(AssignmentState.DECIDED);

    private final Set<AssignmentState> from;

    Step(AssignmentState... from) {
      this.from = Set.of(from);
    }

    public boolean allowedFrom(AssignmentState state) {
      return from.contains(state);
    }
  }

  /** Rule tillstånd: the step is allowed from the state, or a 409. */
  public static void requireStep(Step step, AssignmentState state) {
    if (!step.allowedFrom(state)) {
      throw new ConflictException("assignments.rule.state", step.name(), state.name());
    }
  }

  /**
   * The state after an edit: a draft stays a draft; a submitted or decided assignment is decided
   * only while no manager's approval is pending, so a change that concerns a manager of a decided
   * one sends it back to SUBMITTED until they approve again.
   */
  public static AssignmentState afterEdit(AssignmentState state, List<String> pending) {
    return state == AssignmentState.DRAFT ? state : afterApproval(pending);
  }

  /** The state after an approval: DECIDED once no manager is pending. */
  public static AssignmentState afterApproval(List<String> pending) {
    return pending.isEmpty() ? AssignmentState.DECIDED : AssignmentState.SUBMITTED;
  }

  /** The forms as the reader's words ("Arbetsgrupp, Projekt"). */
  private static String names(List<OrganisationForm> forms) {
    return String.join(
        ", ", forms.stream().map(f -> Messages.term("assignments.form." + f.name())).toList());
  }
}
