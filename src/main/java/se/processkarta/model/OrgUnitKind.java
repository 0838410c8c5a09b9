package se.processkarta.model;

/** The levels of a municipal organisation: förvaltning › avdelning › enhet. */
public enum OrgUnitKind {
  FORVALTNING,
  AVDELNING,
  ENHET
}
