package se.processkarta;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The package boundaries. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchitectureTest {

  private static final String NEO4J = "org.neo4j..";
  private static final String JDBC_AND_DATA = "io.micronaut.data..";
  private static final String BATIK = "org.apache.batik..";
  private static final String HTTP = "io.micronaut.http..";

  private JavaClasses classes;

  @BeforeAll
  void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("se.processkarta");
  }

  // No allowEmptyShould: a rule whose "that" matches no class fails, so a renamed package cannot
  // silently switch a rule off.
  private void check(ArchRule rule) {
    rule.check(classes);
  }

  @Test
  void theModelKnowsNothingOfFrameworksOrStores() {
    check(
        noClasses()
            .that()
            .resideInAPackage("se.processkarta.model..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "io.micronaut..",
                NEO4J,
                "java.sql..",
                "javax.sql..",
                BATIK,
                "se.processkarta.graph..",
                "se.processkarta.hierarchy..",
                "se.processkarta.roles..",
                "se.processkarta.changes..",
                "se.processkarta.render..",
                "se.processkarta.export..",
                "se.processkarta.seed..",
                "se.processkarta.web.."));
  }

  @Test
  void theGraphPlumbingHoldsNoDomainRules() {
    check(
        noClasses()
            .that()
            .resideInAPackage("se.processkarta.graph..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "se.processkarta.hierarchy..",
                "se.processkarta.roles..",
                "se.processkarta.changes..",
                "se.processkarta.seed..",
                "se.processkarta.web..",
                "se.processkarta.render.."));
  }

  @Test
  void theHierarchyTouchesNeitherSqlNorRendering() {
    check(
        noClasses()
            .that()
            .resideInAPackage("se.processkarta.hierarchy..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                JDBC_AND_DATA,
                "java.sql..",
                "javax.sql..",
                BATIK,
                "se.processkarta.changes..",
                "se.processkarta.render..",
                "se.processkarta.roles..",
                "se.processkarta.web..",
                "se.processkarta.seed.."));
  }

  @Test
  void rolesReachTheTreeOnlyThroughTheHierarchy() {
    check(
        noClasses()
            .that()
            .resideInAPackage("se.processkarta.roles..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                JDBC_AND_DATA,
                "java.sql..",
                BATIK,
                "se.processkarta.changes..",
                "se.processkarta.render..",
                "se.processkarta.web..",
                "se.processkarta.seed.."));
  }

  @Test
  void changesNeverUseTheNeo4jDriverDirectly() {
    check(
        noClasses()
            .that()
            .resideInAPackage("se.processkarta.changes..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(NEO4J, "se.processkarta.graph..", "se.processkarta.web..", BATIK));
  }

  @Test
  void renderingTouchesNoRepositoryDriverOrHttp() {
    check(
        noClasses()
            .that()
            .resideInAPackage("se.processkarta.render..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                NEO4J,
                JDBC_AND_DATA,
                "java.sql..",
                HTTP,
                "se.processkarta.graph..",
                "se.processkarta.changes..",
                "se.processkarta.hierarchy..",
                "se.processkarta.roles..",
                "se.processkarta.seed..",
                "se.processkarta.diagrams..",
                "se.processkarta.assignments..",
                "se.processkarta.web.."));
  }

  @Test
  void assignmentsReadTheGraphButNeverWriteTheModelOrServeHttp() {
    // The graph is written only by the change path: assignments use neither the model writers
    // (hierarchy, roles' ModelWriter, changes' ChangeService) nor HTTP, Batik or the web layer.
    check(
        noClasses()
            .that()
            .resideInAPackage("se.processkarta.assignments..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(HTTP, BATIK, "se.processkarta.web..", "se.processkarta.hierarchy..")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("se.processkarta.roles.ModelWriter")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("se.processkarta.changes.ChangeService"));
  }

  @Test
  void theSeedWritesOnlyThroughTheChangePath() {
    check(
        noClasses()
            .that()
            .resideInAPackage("se.processkarta.seed..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                NEO4J,
                JDBC_AND_DATA,
                "java.sql..",
                HTTP,
                "se.processkarta.graph..",
                "se.processkarta.web..",
                "se.processkarta.render..",
                "se.processkarta.diagrams.."));
    check(
        noClasses()
            .that()
            .resideInAPackage("se.processkarta.seed..")
            .should()
            .callMethod(
                se.processkarta.hierarchy.HierarchyService.class,
                "upsert",
                org.neo4j.driver.TransactionContext.class,
                java.util.List.class)
            .orShould()
            .callMethodWhere(
                com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                    com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                        com.tngtech.archunit.base.DescribedPredicate.describe(
                            "a write class of roles",
                            (com.tngtech.archunit.core.domain.JavaClass c) ->
                                c.getName().equals("se.processkarta.roles.RoleService")
                                    || c.getName()
                                        .equals("se.processkarta.roles.RoleCommands"))))));
  }

  @Test
  void theChangePathTouchesNeitherHttpNorRendering() {
    check(
        noClasses()
            .that()
            .resideInAPackage("se.processkarta.changes..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "se.processkarta.render..",
                "se.processkarta.diagrams..",
                "se.processkarta.seed..",
                "io.micronaut.http.annotation.."));
  }

  @Test
  void diagramsReadTheModelButWriteNothing() {
    check(
        noClasses()
            .that()
            .resideInAPackage("se.processkarta.diagrams..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(JDBC_AND_DATA, "java.sql..", HTTP, "se.processkarta.web..")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("se.processkarta.roles.ModelWriter")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("se.processkarta.changes.ChangeService"));
  }

  @Test
  void thePackagesHaveNoCycles() {
    check(
        com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices()
            .matching("se.processkarta.(*)..")
            .should()
            .beFreeOfCycles());
  }

  @Test
  void exportersTouchNoRepositoryBatikOrHttp() {
    check(
        noClasses()
            .that()
            .resideInAPackage("se.processkarta.export..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                NEO4J,
                JDBC_AND_DATA,
                "java.sql..",
                BATIK,
                HTTP,
                "se.processkarta.graph..",
                "se.processkarta.hierarchy..",
                "se.processkarta.roles..",
                "se.processkarta.changes..",
                "se.processkarta.render..",
                "se.processkarta.diagrams..",
                "se.processkarta.seed..",
                "se.processkarta.web.."));
  }

  @Test
  void theWebLayerHoldsNoQueriesOfItsOwn() {
    check(
        noClasses()
            .that()
            .resideInAPackage("se.processkarta.web..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(NEO4J, JDBC_AND_DATA, "java.sql..", "se.processkarta.graph.."));
  }

  @Test
  void controllersAreNotPublic() {
    check(
        noClasses()
            .that()
            .areAnnotatedWith(io.micronaut.http.annotation.Controller.class)
            .should()
            .bePublic());
  }

  @Test
  void pagesCallTheServicesNeverTheStoresOrTheJsonApi() {
    check(
        noClasses()
            .that()
            .resideInAPackage("se.processkarta.web.pages..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                NEO4J,
                JDBC_AND_DATA,
                "java.sql..",
                BATIK,
                "se.processkarta.graph..",
                "se.processkarta.render..",
                "se.processkarta.export..",
                "se.processkarta.seed.."));
    // The pages are their own feature: the JSON API's controllers and records are not theirs.
    check(
        noClasses()
            .that()
            .resideInAPackage("se.processkarta.web.pages..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("se.processkarta.web"));
  }
}
