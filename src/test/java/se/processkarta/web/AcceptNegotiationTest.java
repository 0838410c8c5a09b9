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

  @Test
  void aStrayPercentIsTakenLiterallySoThatTheRequestKeepsItsHeaders() {
    assertThat(AcceptNegotiation.escapeStrayPercents("/api/diagrams/%zz"))
        .isEqualTo("/api/diagrams/%25zz");
    assertThat(AcceptNegotiation.escapeStrayPercents("/a?q=%")).isEqualTo("/a?q=%25");
    assertThat(AcceptNegotiation.escapeStrayPercents("/a?q=%C3%A5%2")).isEqualTo("/a?q=%C3%A5%252");
    assertThat(AcceptNegotiation.escapeStrayPercents("/api/levels")).isEqualTo("/api/levels");
    String rawUtf8 =
        new String(
            "/x?date=igår".getBytes(java.nio.charset.StandardCharsets.UTF_8),
            java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThat(AcceptNegotiation.escapeStrayPercents(rawUtf8)).isEqualTo("/x?date=ig%C3%A5r");
  }

  @Test
  void whatIsNoMediaRangeIsLeftOutAndNothingLeftMeansNoHeader() {
    assertThat(AcceptNegotiation.normalise(";")).isNull();
    assertThat(AcceptNegotiation.normalise(", ;")).isNull();
    assertThat(AcceptNegotiation.normalise("/")).isNull();
    assertThat(AcceptNegotiation.normalise("text/html;")).isEqualTo("text/html");
    assertThat(AcceptNegotiation.normalise("text/html; q, ;")).isEqualTo("text/html");
    assertThat(AcceptNegotiation.normalise("application/*;;q=0.5"))
        .isEqualTo("application/*;q=0.5, application/json;q=0.5");
  }

  @net.jqwik.api.Property(tries = 2000)
  void noHeaderValueMakesItThrow(
      @net.jqwik.api.ForAll
          @net.jqwik.api.constraints.StringLength(max = 40)
          @net.jqwik.api.constraints.Chars({';', ',', '/', '=', '"', ' ', '*', 'a', 'q', '1', '.'})
          String accept) {
    String out = AcceptNegotiation.normalise(accept);
    if (out != null && !accept.isBlank()) {
      assertThat(out).isNotBlank();
    }
  }
}
