package se.processkarta.graph.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

class CompoundSearchTest {

  /** Parses the way Neo4j's full-text procedures do: the index's analyzer over its properties. */
  private static Query parse(String text) throws ParseException {
    return new MultiFieldQueryParser(
            new String[] {"code", "name", "description"}, new CompoundAnalyzer())
        .parse(CompoundSearch.query(CompoundSearch.words(text)));
  }

  @Test
  void wordsAreSplitAndLowerCasedTheWayTheIndexSplitsThem() {
    assertThat(CompoundSearch.words("Förskola  PLACERA förskola"))
        .containsExactly("förskola", "placera");
    assertThat(CompoundSearch.words("*** ??? ()")).isEmpty();
    assertThat(CompoundSearch.words("3.5.2")).containsExactly("3.5.2");
  }

  @Test
  void everyWordIsRequiredAsAWholeWordAPrefixOrAPartOfAWord() throws ParseException {
    assertThat(CompoundSearch.query(List.of("skola")))
        .isEqualTo(
            "+(name:skola~0^10 name:skola*^4 name:_skola*^2"
                + " description:skola~0^1 description:skola*^0.4 description:_skola*^0.2)");
    assertThat(parse("placera förskola").toString())
        .startsWith("+(")
        .contains("+((name:forskola~0)^10.0")
        .contains("(name:_placera*)^2.0");
  }

  @Test
  void shortWordsAreNotSearchedInsideOtherWords() {
    assertThat(CompoundSearch.query(List.of("ab"))).doesNotContain("_ab");
  }

  @Test
  void codesAreMatchedExactlyOrAsAPrefix() {
    assertThat(CompoundSearch.query(List.of("3.5"))).contains("code:3.5~0^40", "code:3.5*^4");
    assertThat(CompoundSearch.query(List.of("skola"))).doesNotContain("code:");
  }

  @Test
  void luceneSyntaxInUserInputStaysLiteral() throws ParseException {
    for (String hostile :
        List.of(
            "a:b* (c) \"d\" -e +f ~g \\h",
            "name:x OR *:*",
            "skola~2^99",
            "[a TO z]",
            "/reg.*ex/",
            "&& || ! skola",
            "<script>alert(1)</script>",
            "é\u0301 Å")) {
      // Every leaf is an exact term or a prefix on one of the three fields: no range, regexp,
      // wildcard in the middle, match-all or other field came out of the user's text.
      assertThat(leaves(parse(hostile)))
          .isNotEmpty()
          .allSatisfy(
              leaf -> {
                assertThat(leaf).isInstanceOfAny(FuzzyQuery.class, PrefixQuery.class);
                if (leaf instanceof FuzzyQuery f) {
                  assertThat(f.getMaxEdits()).isZero();
                  assertThat(f.getField()).isIn("name", "description", "code");
                } else {
                  assertThat(((PrefixQuery) leaf).getField()).isIn("name", "description", "code");
                }
              });
    }
  }

  @Test
  void inMemoryScoreKeepsTheIndexOrderWholeWordThenStartThenPart() {
    List<String> skola = CompoundSearch.words("skola");
    double whole = CompoundSearch.score(skola, "3.5", "Skola och barn", null);
    double start = CompoundSearch.score(skola, "3.5", "Skolskjuts och skolans mat", null);
    double part = CompoundSearch.score(skola, "3.5", "Grundskola", null);
    double description = CompoundSearch.score(skola, "3.5", "Utbildning", "Grundskola");
    assertThat(whole).isGreaterThan(start);
    assertThat(start).isGreaterThan(part);
    assertThat(part).isGreaterThan(description);
    assertThat(description).isPositive();
    assertThat(CompoundSearch.score(skola, "3.5", "Förskoleklass", null)).isZero();
    assertThat(
            CompoundSearch.score(
                CompoundSearch.words("förskola placera"), "3", "Placera barn i förskola", null))
        .isPositive();
    assertThat(
            CompoundSearch.score(
                CompoundSearch.words("förskola bygga"), "3", "Placera barn i förskola", null))
        .isZero();
    assertThat(CompoundSearch.score(CompoundSearch.words("3.5"), "3.5", "X", null))
        .isGreaterThan(CompoundSearch.score(CompoundSearch.words("3.5"), "3.5.1", "X", null));
  }

  private static List<Query> leaves(Query q) {
    if (q instanceof BoostQuery b) {
      return leaves(b.getQuery());
    }
    if (q instanceof BooleanQuery b) {
      return b.clauses().stream().flatMap(c -> leaves(c.getQuery()).stream()).toList();
    }
    return List.of(q);
  }

  @Test
  void aSuggestionRestoresAccentsAndMendsATypoOnlyWhenAsked() {
    CompoundSearch.Vocabulary v =
        CompoundSearch.vocabulary(
            List.of("Förskola", "Placera barn i förskola", "Forskning", "Bygglov", "Byggnad"));
    assertThat(v.suggest(List.of("forskola", "placera"), false)).hasValue("förskola placera");
    assertThat(v.suggest(List.of("förskola", "placera"), true)).isEmpty();
    // A swap of two letters is one edit; a typo is mended only when the caller found nothing.
    assertThat(v.suggest(List.of("förksola"), true)).hasValue("förskola");
    assertThat(v.suggest(List.of("förksola"), false)).isEmpty();
    assertThat(v.suggest(List.of("bygglv"), true)).hasValue("bygglov");
    // Short words and words far from any are left as typed.
    assertThat(v.suggest(List.of("bar"), true)).isEmpty();
    assertThat(v.suggest(List.of("xyzzyq"), true)).isEmpty();
    assertThat(v.suggest(List.of("3.5.2"), true)).isEmpty();
  }

  @Test
  void foldingDropsAccentsAsTheIndexDoes() {
    assertThat(CompoundSearch.fold("förskola åtgärd é")).isEqualTo("forskola atgard e");
  }
}
