/**
 * Neo4j plumbing: the driver (external server or the in-process server of the embedded default),
 * the loader for Cypher files under {@code cypher/}, and schema migrations. Holds no domain rules.
 */
package se.processkarta.graph;
