package se.processkarta.assignments;

import java.time.LocalDate;
import java.util.List;

/** Briefs for tests: a complete short coordination in a working group, and ways to vary it. */
final class Briefs {

  private Briefs() {}

  static Participant p(String person, String manager, String group, int percent) {
    return new Participant(person, manager, group, percent, null, null);
  }

  static Brief of(
      AssignmentKind kind,
      OrganisationForm form,
      LocalDate start,
      LocalDate end,
      List<Participant> participants) {
    return new Brief(
        "Införa e-arkiv",
        kind,
        form,
        null,
        "Samla arkivet digitalt",
        null,
        "Ett e-arkiv i drift",
        "Vecka 5\u201320",
        participants,
        null,
        null,
        null,
        null,
        start,
        end,
        "anna",
        "boss",
        null,
        null,
        List.of(),
        List.of());
  }

  static Brief workingGroup() {
    return of(
        AssignmentKind.COORDINATION,
        OrganisationForm.WORKING_GROUP,
        LocalDate.of(2026, 2, 1),
        LocalDate.of(2026, 6, 30),
        List.of(p("anna", "chef-a", "Arbetsgrupp", 20), p("bo", "chef-b", "Arbetsgrupp", 10)));
  }
}
