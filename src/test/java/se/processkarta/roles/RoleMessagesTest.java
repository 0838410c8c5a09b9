package se.processkarta.roles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import se.processkarta.model.Messages;

class RoleMessagesTest {

  @Test
  void theSwedishAndEnglishRoleBundlesHaveTheSameKeys() {
    ResourceBundle sv = Messages.bundle("i18n.roles", Messages.SWEDISH);
    ResourceBundle en = Messages.bundle("i18n.roles", Locale.ENGLISH);
    assertThat(sv).isNotNull();
    assertThat(en).isNotNull();
    assertThat(en.keySet()).containsExactlyInAnyOrderElementsOf(sv.keySet());
  }

  @Test
  void everyRoleMessageFormatsInBothLanguages() {
    for (Locale locale : new Locale[] {Messages.SWEDISH, Locale.ENGLISH}) {
      ResourceBundle b = Messages.bundle("i18n.roles", locale);
      for (String key : b.keySet()) {
        String text = Messages.format(locale, key, java.util.List.of("a", "b", "c", "d", "e", "f"));
        assertThat(text).as(key).doesNotContain("{").isNotEqualTo(key);
      }
    }
  }

  @Test
  void theOwnerActingAsLeadIsSaidInSwedish() {
    assertThat(Messages.format(Messages.SWEDISH, "roles.effectiveLead.OWNER", java.util.List.of()))
        .isEqualTo("Ägaren är själv processledare");
  }
}
