package se.processkarta.changes;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** What the JDBC layer must do on every database it runs on. */
abstract class ModelVersionsContract {

  @Inject ModelVersions versions;

  @Test
  void aPublishedVersionBecomesCurrentWithItsAuditLine() {
    ModelVersion first = versions.publish("anna", "test", "Första – åäö & \"citat\"", "abc");
    ModelVersion second = versions.publish("bertil", "test", "Andra", null);
    assertThat(second.id()).isGreaterThan(first.id());
    assertThat(versions.current())
        .hasValueSatisfying(v -> assertThat(v.id()).isEqualTo(second.id()));
    assertThat(versions.auditOf("model-version:" + first.id()))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.actor()).isEqualTo("anna");
              assertThat(a.action()).isEqualTo("MODEL_PUBLISHED");
              assertThat(a.detail()).isEqualTo("Första – åäö & \"citat\"");
            });
  }
}
