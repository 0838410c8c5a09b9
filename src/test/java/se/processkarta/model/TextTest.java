package se.processkarta.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextTest {

  @Test
  void namesAreNfcNormalisedSoThatTheSameWordIsStoredOnce() {
    String decomposed = "Fo\u0308rskola"; // o + combining diaeresis
    Element e = new Element(Code.parse("3.5"), decomposed, null, null, null, null);
    assertThat(e.name()).isEqualTo("Förskola");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a\uFFFEb",
        "a\uFFFFb",
        "a\uFDD0b",
        "a\u0000b",
        "a\u0007b",
        "a\u001Bb",
        "a\u0085b",
        "a\u009Fb",
        "a\u007Fb",
        "a\nb",
        "a\tb",
        "a\u2028b",
        "abc\u202Etxt.exe",
        "a\u202Ab",
        "a\u2066b",
        "a\u2069b",
        "a\u200Fb",
        "a\u061Cb",
        "a\uD800b",
        "a\uDC00b",
        "\uD83F\uDFFE"
      })
  void aNameWithAControlANonCharacterOrALoneSurrogateIsRefusedNamingTheField(String name) {
    assertThatThrownBy(() -> new Element(Code.parse("3.5"), name, null, null, null, null))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo("text.forbiddenCharacter");
              assertThat(Messages.of(Messages.SWEDISH, e))
                  .contains("name (3.5)")
                  .contains("otillåtna tecknet U+");
            });
  }

  @Test
  void descriptionsKeepLineBreaksButNotOtherControls() {
    Element e = new Element(Code.parse("3.5"), "Utbildning", "rad 1\nrad 2\r\n", null, null, null);
    assertThat(e.description()).isEqualTo("rad 1\nrad 2");
    assertThatThrownBy(
            () -> new Element(Code.parse("3.5"), "Utbildning", "a\u0000b", null, null, null))
        .hasMessageContaining("description (3.5)");
  }

  @Test
  void emojiAndOtherValidSupplementaryCharactersPass() {
    assertThat(Text.line("Skola \uD83C\uDFEB åäö", "x")).isEqualTo("Skola \uD83C\uDFEB åäö");
  }

  @Test
  void everyRecordWithTextGetsTheHygiene() {
    List<Runnable> writes =
        List.of(
            () -> new Person("p1", "Anna\uFFFE", null, null, null),
            () -> new Person("p1", "Anna", "Chef\u0000", null, null),
            () -> new Person("p\u0001", "Anna", null, null, null),
            () -> new OrgUnit("u1", "Enhet\u0085", OrgUnitKind.FORVALTNING, null),
            () -> new ResourcePool("r1", "Pool", "Komp\uDBFF", "p1", List.of()),
            () -> new ResourcePool("r1", "Pool", null, "p1", List.of("p\u0002")),
            () ->
                new SteeringGroup("s1", "Grupp\u001F", SteeringGroupKind.values()[0], null, null));
    for (Runnable w : writes) {
      assertThatThrownBy(w::run)
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e -> assertThat(e.messageKey()).isEqualTo("text.forbiddenCharacter"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"../../anvandare", "a/b?c=1#d", "Anna-Lind", "-anna", "anna lind", "å"})
  void anIdOutsideTheOnePatternIsRefusedNamingTheField(String id) {
    assertThatThrownBy(() -> new Person(id, "Anna", null, null, null))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e -> assertThat(((InvalidInputException) e).messageKey()).isEqualTo("id.invalid"));
    assertThatThrownBy(() -> new Person("anna-lind", "Anna", null, null, id))
        .isInstanceOf(InvalidInputException.class);
    assertThat(new Person("anna-lind-2", "Anna", null, null, "buf").id()).isEqualTo("anna-lind-2");
  }
}
