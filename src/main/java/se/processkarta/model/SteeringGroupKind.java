package se.processkarta.model;

/** Ledningsgrupp or styrgrupp. */
public enum SteeringGroupKind {
  LEDNINGSGRUPP,
  STYRGRUPP
}
