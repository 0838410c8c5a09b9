/**
 * The workflow around the model, kept in the relational database through Micronaut Data JDBC: model
 * versions and the append-only audit log (change requests and reviews come with the
 * change-governance work). Never talks to the Neo4j driver directly.
 */
package se.processkarta.changes;
