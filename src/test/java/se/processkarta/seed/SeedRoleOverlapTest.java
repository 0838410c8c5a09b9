package se.processkarta.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.processkarta.model.Code;
import se.processkarta.model.Element;
import se.processkarta.model.Level;
import se.processkarta.model.OrgUnit;
import se.processkarta.model.OrgUnitKind;
import se.processkarta.model.Period;
import se.processkarta.model.Person;
import se.processkarta.model.RoleAssignment;
import se.processkarta.model.RoleKind;

/** The seed refuses two owners or two leads on one element at the same time. */
class SeedRoleOverlapTest {

  static final Code P = Code.parse("3.1.5.90");

  static Located<RoleAssignment> role(
      RoleKind kind, String person, String from, String to, int line) {
    return new Located<>(
        new RoleAssignment(
            kind,
            P,
            person,
            new Period(LocalDate.parse(from), to == null ? null : LocalDate.parse(to)),
            kind == RoleKind.TEAM_MEMBER ? "Juridik" : null,
            null,
            null),
        "30-roller.yaml",
        line);
  }

  static List<SeedError> validate(List<Located<RoleAssignment>> roles) {
    Seed seed =
        new Seed(
            List.of(
                new Located<>(new Element(P, "Testprocess", null, null, null, null), "20.yaml", 1)),
            List.of(
                new Located<>(
                    new OrgUnit("u", "Enhet", OrgUnitKind.FORVALTNING, null), "10.yaml", 1)),
            List.of(
                new Located<>(new Person("anna", "Anna", null, null, "u"), "10.yaml", 2),
                new Located<>(new Person("bo", "Bo", null, null, "u"), "10.yaml", 3)),
            List.of(),
            List.of(),
            roles,
            List.of(),
            "hash");
    return SeedValidator.validate(seed, Map.of(Code.parse("3.1.5"), Level.PROCESS_GROUP));
  }

  @Test
  void overlappingOwnersAreRefusedAtTheLaterLineNamingTheEarlierOne() {
    List<SeedError> errors =
        validate(
            List.of(
                role(RoleKind.OWNER, "anna", "2022-01-01", "2024-12-31", 10),
                role(RoleKind.OWNER, "bo", "2024-12-31", null, 15)));
    assertThat(errors).hasSize(1);
    SeedError e = errors.get(0);
    assertThat(e.file()).isEqualTo("30-roller.yaml");
    assertThat(e.line()).isEqualTo(15);
    assertThat(e.reason())
        .isEqualTo(
            "3.1.5.90 får ha en processägare åt gången, men bo (2024-12-31 – tills vidare)"
                + " överlappar anna (2022-01-01 – 2024-12-31, 30-roller.yaml:10).");
  }

  @Test
  void overlappingLeadsAreRefused() {
    assertThat(
            validate(
                List.of(
                    role(RoleKind.LEAD, "anna", "2022-01-01", null, 10),
                    role(RoleKind.LEAD, "bo", "2030-01-01", null, 15))))
        .extracting(SeedError::line)
        .containsExactly(15);
  }

  @Test
  void aHandoverTheDayAfterTheLastDayAndTeamsAreAccepted() {
    assertThat(
            validate(
                List.of(
                    role(RoleKind.OWNER, "anna", "2022-01-01", "2024-12-31", 10),
                    role(RoleKind.OWNER, "bo", "2025-01-01", null, 15),
                    role(RoleKind.TEAM_MEMBER, "anna", "2022-01-01", null, 20),
                    role(RoleKind.TEAM_MEMBER, "bo", "2022-01-01", null, 25))))
        .isEmpty();
  }

  /** A person's manager must be a person of the seed (issue 20: managers approve assignments). */
  @Test
  void aManagerWhoIsNoPersonIsRefused() {
    Seed seed =
        new Seed(
            List.of(),
            List.of(
                new Located<>(
                    new OrgUnit("u", "Enhet", OrgUnitKind.FORVALTNING, null), "10.yaml", 1)),
            List.of(
                new Located<>(new Person("anna", "Anna", null, null, "u", "cia"), "10.yaml", 2),
                new Located<>(new Person("cia", "Cia", null, null, "u", "ingen"), "10.yaml", 3)),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            "hash");
    List<SeedError> errors = SeedValidator.validate(seed, Map.of());
    assertThat(errors).extracting(SeedError::line).containsExactly(3);
    assertThat(errors.get(0).reason()).contains("ingen");
  }
}
