package se.processkarta.graph.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.neo4j.graphdb.schema.AnalyzerProvider;

/**
 * Registers {@link CompoundAnalyzer} with Neo4j under {@value #NAME} (found through {@code
 * META-INF/services}). The embedded server finds it on the class path; a Neo4j server needs the
 * {@code processkarta-*-neo4j-plugin.jar} in its {@code plugins/} directory (docs/adr/0012).
 */
public final class CompoundAnalyzerProvider extends AnalyzerProvider {

  /** The analyzer's name in {@code fulltext.analyzer} and {@code listAvailableAnalyzers()}. */
  public static final String NAME = "processkarta-swedish-compound";

  public CompoundAnalyzerProvider() {
    super(NAME);
  }

  @Override
  public Analyzer createAnalyzer() {
    return new CompoundAnalyzer();
  }

  @Override
  public String description() {
    return "Lower-cased words plus every suffix of at least three characters, so that a prefix"
        + " query on the suffixes finds parts of Swedish compound words (Processkarta).";
  }
}
