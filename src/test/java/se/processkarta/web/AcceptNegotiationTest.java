package se.processkarta.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AcceptNegotiationTest {

  @Test
  void rangesThatAdmitJsonAlsoNameItWithTheSameWeight() {
    assertThat(AcceptNegotiation.normalise("application/*"))
        .isEqualTo("application/*, application/json");
    assertThat(AcceptNegotiation.normalise("application/*;q=0.3"))
        .isEqualTo("application/*;q=0.3, application/json;q=0.3");
    assertThat(AcceptNegotiation.normalise("application/problem+json"))
        .isEqualTo("application/problem+json, application/json");
  }

  @Test
  void headersThatNameJsonOrExcludeItAreLeftAlone() {
    assertThat(AcceptNegotiation.normalise("application/json, application/*"))
        .isEqualTo("application/json, application/*");
    assertThat(AcceptNegotiation.normalise("image/png")).isEqualTo("image/png");
    assertThat(AcceptNegotiation.normalise("*/*")).isEqualTo("*/*");
    assertThat(AcceptNegotiation.normalise(null)).isNull();
  }
}
