package se.processkarta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** PROCESSKARTA_LOG_FORMAT: text or json in any case; anything else keeps the log as text. */
class LogFormatTest {

  @Test
  void textAndJsonInAnyCaseAndAnythingElseIsText() {
    assertThat(Application.logFormat(null)).isEqualTo("text");
    assertThat(Application.logFormat(" ")).isEqualTo("text");
    assertThat(Application.logFormat("JSON")).isEqualTo("json");
    assertThat(Application.logFormat(" json ")).isEqualTo("json");
    assertThat(Application.logFormat("Text")).isEqualTo("text");
    // A typo would have named no appender at all: no log.
    assertThat(Application.logFormat("jsn")).isEqualTo("text");
  }
}
