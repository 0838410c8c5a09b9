package se.processkarta.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConditionalGetTest {

  @Test
  void ifNoneMatchComparesWeaklyAndReadsLists() {
    String etag = "\"abc\"";
    assertThat(ConditionalGet.matches("\"abc\"", etag)).isTrue();
    assertThat(ConditionalGet.matches("W/\"abc\"", etag)).isTrue();
    assertThat(ConditionalGet.matches("\"x\", W/\"abc\"", etag)).isTrue();
    assertThat(ConditionalGet.matches("*", etag)).isTrue();
    assertThat(ConditionalGet.matches("\"abd\"", etag)).isFalse();
    assertThat(ConditionalGet.matches("abc", etag)).isFalse();
    assertThat(ConditionalGet.matches("", etag)).isFalse();
    assertThat(ConditionalGet.matches(null, etag)).isFalse();
  }
}
