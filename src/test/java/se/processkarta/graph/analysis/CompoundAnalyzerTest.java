package se.processkarta.graph.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;
import org.neo4j.graphdb.schema.AnalyzerProvider;

class CompoundAnalyzerTest {

  private static List<String> tokens(String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (CompoundAnalyzer a = new CompoundAnalyzer();
        TokenStream ts = a.tokenStream("name", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute pos = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      int lastStart = 0;
      ts.reset();
      while (ts.incrementToken()) {
        // Lucene's indexer refuses offsets that go backwards within a field.
        assertThat(offset.startOffset()).isGreaterThanOrEqualTo(lastStart);
        assertThat(offset.endOffset()).isGreaterThan(offset.startOffset());
        lastStart = offset.startOffset();
        out.add((pos.getPositionIncrement() == 0 ? "=" : "") + term);
      }
      ts.end();
    }
    return out;
  }

  @Test
  void eachWordIsFollowedByItsMarkedSuffixesAtTheSamePosition() throws IOException {
    // Folded: a query typed without accents meets the same terms as one typed with them.
    assertThat(tokens("Förskola i Malmö"))
        .containsExactly(
            "forskola",
            "=_forskola",
            "=_orskola",
            "=_rskola",
            "=_skola",
            "=_kola",
            "=_ola",
            "i",
            "malmo",
            "=_malmo",
            "=_almo",
            "=_lmo");
    assertThat(tokens("FORSKOLA I MALMO")).isEqualTo(tokens("Förskola i Malmö"));
  }

  @Test
  void noSuffixSplitsASurrogatePairAndHugeWordsGetNone() throws IOException {
    // U+1D49C, a letter outside the BMP: two UTF-16 units that no suffix may tear apart.
    assertThat(tokens("a\uD835\uDC9Cbc"))
        .containsExactly("a\uD835\uDC9Cbc", "=_a\uD835\uDC9Cbc", "=_\uD835\uDC9Cbc");
    assertThat(tokens("x".repeat(CompoundAnalyzer.MAX_WORD + 1))).hasSize(1);
    assertThat(tokens("x".repeat(CompoundAnalyzer.MAX_WORD)))
        .hasSize(CompoundAnalyzer.MAX_WORD - CompoundAnalyzer.MIN_INFIX + 2);
  }

  @Test
  void neo4jFindsTheProviderThroughServiceLoader() {
    assertThat(ServiceLoader.load(AnalyzerProvider.class).stream().map(p -> p.get().getName()))
        .contains(CompoundAnalyzerProvider.NAME);
  }
}
