/**
 * Immutable domain values of the Klassa process model: codes, levels, elements, people and role
 * assignments, plus the one unchecked exception family. Knows nothing of Micronaut, Neo4j, JDBC or
 * rendering.
 */
package se.processkarta.model;
