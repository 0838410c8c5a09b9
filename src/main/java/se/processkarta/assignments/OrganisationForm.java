package se.processkarta.assignments;

/** How an assignment is organised, from the least to the most complex. */
public enum OrganisationForm {
  /** enskild medarbetare */
  INDIVIDUAL,
  /** internt nätverk */
  NETWORK,
  /** arbetsgrupp */
  WORKING_GROUP,
  /** projekt (with a projektgrupp, a styrgrupp and optionally referensgrupper) */
  PROJECT
}
