/**
 * Assignments (uppdrag) across units: their kind and organisation form, brief, participants with
 * their shares, approval by the participants' managers, milestones, sessions and follow-ups. The
 * workflow and its history live in JDBC; people and processes are only read from the graph.
 */
package se.processkarta.assignments;
