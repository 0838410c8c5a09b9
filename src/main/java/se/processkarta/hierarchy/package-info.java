/**
 * The five-level Klassa tree: reading elements, children, subtrees and search, and the write
 * commands with the tree's invariants (level, code, uniqueness, no cycles).
 */
package se.processkarta.hierarchy;
