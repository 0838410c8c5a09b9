package se.processkarta.graph.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;

/**
 * Writes full-text queries for an index built with {@link CompoundAnalyzer}: every word of the
 * user's text must match (in any order), and for each word a whole-word hit in the name scores
 * highest, then a name word starting with it, then a name word containing it (the part of a
 * compound), and the same three in the description at a tenth of the weight. A word made of digits
 * and dots also matches element codes, exactly or as a code prefix.
 *
 * <p>The user's text is split with the analyzer's own word rules and each word is escaped, so
 * Lucene syntax in it ({@code * ? : ( ) " ~ \ / -}) stays literal and cannot widen the query. Only
 * three query forms are used, none of which runs the index's analyzer over the word (which would
 * add its suffixes): a fuzzy term with no edits ({@code w~0}, an exact term), a prefix ({@code w*})
 * and a prefix on the marked suffixes ({@code _w*}).
 */
public final class CompoundSearch {

  /** Whole word in the name: multiplied with the BM25 score, so shorter names come first. */
  static final int NAME_WORD = 10;

  static final int NAME_PREFIX = 4;
  static final int NAME_INFIX = 2;
  static final int CODE_EXACT = 40;
  static final int CODE_PREFIX = 4;

  private static final Pattern CODE_LIKE = Pattern.compile("[0-9]+(\\.[0-9]+)*\\.?");

  private static final Analyzer WORDS =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
          Tokenizer source = new StandardTokenizer();
          return new TokenStreamComponents(source, new LowerCaseFilter(source));
        }
      };

  private CompoundSearch() {}

  /** The distinct words of a user's text, lower-cased, split as the index splits them. */
  public static List<String> words(String text) {
    Set<String> out = new LinkedHashSet<>();
    try (TokenStream ts = WORDS.tokenStream("q", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(out);
  }

  /**
   * A lower-cased word as the index holds it: without accents, as {@link CompoundAnalyzer} folds
   * (förskola to forskola).
   */
  public static String fold(String word) {
    char[] in = word.toCharArray();
    // Lucene's own bound: one character folds to at most four.
    char[] out = new char[in.length * 4];
    int n = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
    return new String(out, 0, n);
  }

  /** The query for the given words (from {@link #words}); all must match. */
  public static String query(List<String> words) {
    return words.stream()
        .map(CompoundSearch::fold)
        .map(w -> "+(" + String.join(" ", clauses(w)) + ")")
        .collect(Collectors.joining(" "));
  }

  /**
   * The same rules applied to one element in memory, for a model version that has no index of its
   * own (an old version): 0 when a word does not match, otherwise the sum of the clauses each word
   * matches, weighted as {@link #query} weights them. Without BM25's length factor; callers break
   * ties by the shorter name.
   */
  public static double score(List<String> words, String code, String name, String description) {
    List<String> nameWords = folded(words(name == null ? "" : name));
    List<String> descriptionWords = folded(words(description == null ? "" : description));
    double total = 0;
    for (String w : folded(words)) {
      double s = fieldScore(w, nameWords) + fieldScore(w, descriptionWords) * 0.1;
      if (CODE_LIKE.matcher(w).matches() && code != null) {
        s += code.equals(w) ? CODE_EXACT + CODE_PREFIX : code.startsWith(w) ? CODE_PREFIX : 0;
      }
      if (s == 0) {
        return 0;
      }
      total += s;
    }
    return total;
  }

  private static List<String> folded(List<String> words) {
    return words.stream().map(CompoundSearch::fold).toList();
  }

  /**
   * The words of an index's texts (names and descriptions), lower-cased as typed, with how often
   * each occurs: the terms a "Menade du …" may offer.
   */
  public static Vocabulary vocabulary(Iterable<String> texts) {
    Map<String, Integer> counts = new HashMap<>();
    for (String text : texts) {
      if (text != null) {
        for (String w : words(text)) {
          if (Character.isLetter(w.codePointAt(0))) {
            counts.merge(w, 1, Integer::sum);
          }
        }
      }
    }
    return new Vocabulary(counts);
  }

  /** The words of an index with their counts, and by their folded form the most frequent one. */
  public record Vocabulary(Map<String, Integer> counts, Map<String, String> byFold) {

    public Vocabulary {
      counts = Map.copyOf(counts);
      byFold = Map.copyOf(byFold);
    }

    Vocabulary(Map<String, Integer> counts) {
      this(counts, mostFrequentByFold(counts));
    }

    private static Map<String, String> mostFrequentByFold(Map<String, Integer> counts) {
      Map<String, String> out = new HashMap<>();
      counts.forEach(
          (w, n) ->
              out.merge(
                  fold(w),
                  w,
                  (a, b) ->
                      counts.get(a) > counts.get(b)
                              || (counts.get(a).equals(counts.get(b)) && a.compareTo(b) < 0)
                          ? a
                          : b));
      return out;
    }

    /**
     * "Menade du …": the user's words (from {@link #words}) with each word the index does not hold
     * as typed replaced by the index's word that was most likely meant: one that differs only in
     * its accents (forskola: förskola), or, when {@code typos}, the most frequent one within one
     * edit of it (two from eight letters; a swap of two letters is one edit). Empty when no word
     * changes.
     */
    public Optional<String> suggest(List<String> words, boolean typos) {
      List<String> out = new ArrayList<>();
      boolean changed = false;
      for (String w : words) {
        String meant = counts.containsKey(w) ? w : meant(w, typos);
        changed |= !meant.equals(w);
        out.add(meant);
      }
      return changed ? Optional.of(String.join(" ", out)) : Optional.empty();
    }

    private String meant(String w, boolean typos) {
      String f = fold(w);
      String sameLetters = byFold.get(f);
      if (sameLetters != null) {
        return sameLetters;
      }
      int letters = f.codePointCount(0, f.length());
      if (!typos || letters < 4 || !Character.isLetter(f.codePointAt(0))) {
        return w;
      }
      int edits = letters >= 8 ? 2 : 1;
      CharacterRunAutomaton near =
          new CharacterRunAutomaton(new LevenshteinAutomata(f, true).toAutomaton(edits));
      return byFold.entrySet().stream()
          .filter(e -> near.run(e.getKey()))
          .map(Map.Entry::getValue)
          .max(
              Comparator.<String>comparingInt(counts::get)
                  .thenComparing(Comparator.<String>reverseOrder()))
          .orElse(w);
    }
  }

  private static double fieldScore(String w, List<String> tokens) {
    boolean infix = w.codePointCount(0, w.length()) >= CompoundAnalyzer.MIN_INFIX;
    double best = 0;
    for (String t : tokens) {
      double s = 0;
      if (t.equals(w)) {
        s += NAME_WORD;
      }
      if (t.startsWith(w)) {
        s += NAME_PREFIX;
      }
      if (infix
          && t.length() <= CompoundAnalyzer.MAX_WORD
          && t.indexOf(w, 1) > 0
          && t.length() - t.indexOf(w, 1) >= CompoundAnalyzer.MIN_INFIX) {
        s += NAME_INFIX;
      }
      best = Math.max(best, s);
    }
    return best;
  }

  private static List<String> clauses(String word) {
    String w = QueryParser.escape(word);
    boolean infix = word.codePointCount(0, word.length()) >= CompoundAnalyzer.MIN_INFIX;
    List<String> out = new ArrayList<>();
    for (String field : List.of("name", "description")) {
      // The description counts a tenth of the name: a word in the name says what the element is.
      double scale = field.equals("name") ? 1 : 0.1;
      out.add(field + ":" + w + "~0^" + boost(NAME_WORD * scale));
      out.add(field + ":" + w + "*^" + boost(NAME_PREFIX * scale));
      if (infix) {
        out.add(field + ":" + CompoundAnalyzer.SUFFIX_MARK + w + "*^" + boost(NAME_INFIX * scale));
      }
    }
    if (CODE_LIKE.matcher(word).matches()) {
      out.add("code:" + w + "~0^" + CODE_EXACT);
      out.add("code:" + w + "*^" + CODE_PREFIX);
    }
    return out;
  }

  private static String boost(double b) {
    return b == Math.rint(b) ? String.valueOf((long) b) : String.valueOf(b);
  }
}
