/**
 * Loading {@code model-seed/} (and, later, bulk imports): reading the YAML files with their line
 * numbers, checking the whole batch, and writing it in one transaction with a model version.
 */
package se.processkarta.seed;
