/**
 * The full-text analysis behind element search: a Lucene analyzer that Neo4j loads as a plugin
 * ({@link se.processkarta.graph.analysis.CompoundAnalyzerProvider}) and the one place that knows
 * its token scheme and writes queries against it ({@link
 * se.processkarta.graph.analysis.CompoundSearch}). It depends on Lucene and Neo4j's analyzer SPI
 * only, so the same classes go into a Neo4j server's {@code plugins/} directory as a jar.
 */
package se.processkarta.graph.analysis;
