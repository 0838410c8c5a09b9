package se.processkarta.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CodeTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "abc",
        "3..5",
        "3.5.",
        ".3",
        "",
        " ",
        "3.5.4.2.3.1",
        "-1",
        "3,5",
        "3.a",
        "03.5",
        "3.05",
        "00",
        "3.5.00"
      })
  void malformedCodesAreRefusedAsInvalidInput(String text) {
    assertThatThrownBy(() -> Code.parse(text))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).messageKey())
        .isEqualTo("code.invalid");
  }

  @Test
  void codesSortNumericallySegmentBySegment() {
    List<String> sorted =
        Stream.of("3.5.10", "3.5.9", "3.5", "3.5.0", "3.10", "3.5.1.2", "3.5.1", "10", "2")
            .map(Code::parse)
            .sorted()
            .map(Code::toString)
            .toList();
    assertThat(sorted)
        .containsExactly("2", "3.5", "3.5.0", "3.5.1", "3.5.1.2", "3.5.9", "3.5.10", "3.10", "10");
  }

  @Test
  void theSortKeySortsAsTheCodeDoes() {
    assertThat(Code.parse("3.5.10").sortKey()).isGreaterThan(Code.parse("3.5.9").sortKey());
    assertThat(Code.parse("3.10").sortKey()).isGreaterThan(Code.parse("3.5.12").sortKey());
  }

  @Test
  void theLevelIsTheNumberOfSegmentsAndTheParentDropsTheLast() {
    Code c = Code.parse("3.5.4.2.3");
    assertThat(c.level()).isEqualTo(Level.ACTIVITY);
    assertThat(c.parent()).contains(Code.parse("3.5.4.2"));
    assertThat(Code.parse("3").parent()).isEmpty();
    assertThat(Code.parse("2.10.10").toString()).isEqualTo("2.10.10");
  }

  @Test
  void aZeroLastSegmentBelowAnAreaMeansTheLeadingElement() {
    assertThat(Code.parse("3.5.0").isLeading()).isTrue();
    assertThat(Code.parse("3.5.4.0").isLeading()).isTrue();
    assertThat(Code.parse("3.5.4").isLeading()).isFalse();
    assertThat(Code.parse("3.0").isLeading()).isFalse();
  }

  @Test
  void ancestryFollowsWholeSegmentsNotCharacters() {
    assertThat(Code.parse("3.5").isAncestorOf(Code.parse("3.5.4"))).isTrue();
    assertThat(Code.parse("3.5").isAncestorOf(Code.parse("3.50.4"))).isFalse();
    assertThat(Code.parse("3.5").isAncestorOf(Code.parse("3.5"))).isFalse();
  }
}
