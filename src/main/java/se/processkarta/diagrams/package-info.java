/**
 * Diagrams as a feature: builds model snapshots from the graph (elements through {@code hierarchy},
 * the people side with its own read-only queries), renders them through {@code render}, caches the
 * results by model version, and writes the standard set from the model-seed on the command line.
 */
package se.processkarta.diagrams;
