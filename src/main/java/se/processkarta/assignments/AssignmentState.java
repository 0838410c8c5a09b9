package se.processkarta.assignments;

/** DRAFT → SUBMITTED → DECIDED → CLOSED, or WITHDRAWN before it is decided. */
public enum AssignmentState {
  DRAFT,
  SUBMITTED,
  DECIDED,
  CLOSED,
  WITHDRAWN
}
