package se.processkarta.model;

/** The life-cycle state of an element. */
public enum ElementStatus {
  DRAFT,
  PUBLISHED,
  RETIRED
}
