package se.processkarta.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ElementTest {

  private static Element named(String name) {
    return new Element(Code.parse("3.5.4.1"), name, null, null, null, null);
  }

  @Test
  void namesAreTrimmed() {
    assertThat(named("  Antagning  ").name()).isEqualTo("Antagning");
  }

  @Test
  void blankNamesAreRefused() {
    assertThatThrownBy(() -> named("   "))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("element.name.blank");
    assertThatThrownBy(() -> named(null)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void namesMayBe200CharactersButNotMore() {
    assertThat(named("å".repeat(200)).name()).hasSize(200);
    assertThatThrownBy(() -> named("å".repeat(201)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("element.name.tooLong");
  }

  @Test
  void statusDefaultsToPublishedAndBlankTextsBecomeAbsent() {
    Element e = new Element(Code.parse("3"), "Kärnverksamhet", " ", "", null, null);
    assertThat(e.status()).isEqualTo(ElementStatus.PUBLISHED);
    assertThat(e.description()).isNull();
    assertThat(e.purpose()).isNull();
  }

  @Test
  void aPeriodEndingBeforeItStartsIsRefused() {
    assertThatThrownBy(
            () ->
                new Period(java.time.LocalDate.of(2025, 2, 1), java.time.LocalDate.of(2025, 1, 31)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("period.toBeforeFrom");
  }
}
