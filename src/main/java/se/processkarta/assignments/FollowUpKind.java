package se.processkarta.assignments;

/** A follow-up: a check-in with the manager, input to the annual cycle's reports, or the end. */
public enum FollowUpKind {
  /** avstämning med ansvarig chef */
  CHECK_IN,
  /** underlag till delårsrapport */
  INTERIM_REPORT,
  /** underlag till årsredovisning */
  ANNUAL_REPORT,
  /** slutrapport: closes the assignment */
  FINAL_REPORT
}
