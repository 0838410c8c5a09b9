package se.processkarta.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LuceneQueryTest {

  @Test
  void everyTermMatchesAsAWordOrAPrefixLowerCasedTheSwedishWay() {
    assertThat(HierarchyService.luceneQuery("Förskol ÅTERVINNING"))
        .isEqualTo("(förskol OR förskol*) AND (återvinning OR återvinning*)");
  }

  @Test
  void luceneSyntaxInUserInputIsRemovedNotInterpreted() {
    assertThat(HierarchyService.luceneQuery("a:b* (c) \"d\" -e +f ~g \\h"))
        .isEqualTo(
            "(ab OR ab*) AND (c OR c*) AND (d OR d*) AND (e OR e*) AND (f OR f*) AND (g OR g*) AND (h OR h*)");
    assertThat(HierarchyService.luceneQuery("*** ???")).isEmpty();
  }
}
