package se.processkarta.graph.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Splits text into lower-cased words (Unicode word rules, so å, ä and ö stay letters), folds them
 * to their letters without accents (å and ä to a, ö to o, é to e), and indexes, next to each word,
 * every suffix of it of at least {@link #MIN_INFIX} characters, marked with {@link #SUFFIX_MARK}
 * and at the word's own position.
 *
 * <p>The folding makes search insensitive to missing accents: a user on a keyboard without å, ä and
 * ö types {@code forskola} and finds Förskola. Queries are folded the same way ({@link
 * #normalize}), so the folded index is never asked for an unfolded word.
 *
 * <p>A prefix query on the suffixes is then a query for any part of a word: {@code _skola*} finds
 * grundskola, gymnasieskola, förskolan and skolskjuts. Swedish compounds are written as one word,
 * so this finds their parts without a dictionary of compound heads. The whole words stay in the
 * index unmarked, so a word query and a word-prefix query still tell whole-word hits apart and can
 * score them higher. Queries must only use the forms {@link CompoundSearch} writes: a plain term
 * would be analyzed into its own suffixes as well.
 */
public final class CompoundAnalyzer extends Analyzer {

  /** Marks a suffix token; the word tokenizer never starts a word with it in ordinary text. */
  public static final String SUFFIX_MARK = "_";

  /** The shortest suffix indexed, and so the shortest part of a word a query can find. */
  public static final int MIN_INFIX = 3;

  /** Words longer than this get no suffixes: no name has one, and a hostile one costs n². */
  static final int MAX_WORD = 64;

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream words = new ASCIIFoldingFilter(new LowerCaseFilter(source));
    return new TokenStreamComponents(source, new SuffixFilter(words));
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }

  /** Emits each word, then its marked suffixes at the same position. */
  static final class SuffixFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position =
        addAttribute(PositionIncrementAttribute.class);
    private String word;
    private int next;

    SuffixFilter(TokenStream in) {
      super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (word != null && next <= word.length() - MIN_INFIX) {
        // The word's other attributes stay: a suffix has the word's offsets, which Lucene's indexer
        // requires not to go backwards within a field.
        term.setEmpty().append(SUFFIX_MARK).append(word, next, word.length());
        position.setPositionIncrement(0);
        next = nextStart(word, next);
        return true;
      }
      word = null;
      if (!input.incrementToken()) {
        return false;
      }
      String w = term.toString();
      int letters = w.codePointCount(0, w.length());
      if (letters >= MIN_INFIX && letters <= MAX_WORD) {
        word = w;
        next = 0;
      }
      return true;
    }

    /** Steps over a whole code point, so no suffix starts inside a surrogate pair. */
    private static int nextStart(String w, int at) {
      return at + Character.charCount(w.codePointAt(at));
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      word = null;
      next = 0;
    }
  }
}
