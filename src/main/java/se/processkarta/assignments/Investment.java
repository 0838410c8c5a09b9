package se.processkarta.assignments;

/** The investment of money and working time an assignment needs. */
public enum Investment {
  SMALL,
  MEDIUM,
  LARGE
}
