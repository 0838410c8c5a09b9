package se.processkarta.assignments;

/** What an assignment is for (the routine's three kinds). */
public enum AssignmentKind {
  /** internt nätverksuppdrag: share information and knowledge, develop competence and ideas. */
  NETWORK,
  /** samordningsuppdrag: do something together (an IT system, a reorganisation, a conference). */
  COORDINATION,
  /** utredningsuppdrag: investigate, map or examine one question. */
  INVESTIGATION
}
