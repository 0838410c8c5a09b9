package se.processkarta.model;

/** The kinds of role a person holds on an element. */
public enum RoleKind {
  OWNER,
  LEAD,
  TEAM_MEMBER
}
