package se.processkarta.changes;

/**
 * Where a change request is: DRAFT → SUBMITTED → APPROVED → APPLIED, or REJECTED or WITHDRAWN.
 * APPROVED lasts only while the change is applied; one left behind by a crash is finished on start.
 */
public enum ChangeState {
  DRAFT,
  SUBMITTED,
  APPROVED,
  APPLIED,
  REJECTED,
  WITHDRAWN
}
