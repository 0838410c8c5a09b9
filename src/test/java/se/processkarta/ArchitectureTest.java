package se.processkarta;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The package boundaries, as allow-lists: each feature names the packages it may use, and a class
 * in a package that no layer names fails, so a new package is covered (it must be given its place
 * here) without any rule being edited to deny it things. The libraries that hold the stores,
 * rendering and HTTP are allowed in the packages named, and nowhere else.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchitectureTest {

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

  /** The features and what each may use; everything not listed is forbidden. */
  static LayeredArchitecture features() {
    return layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .ensureAllClassesAreContainedInArchitecture()
        .layer("App")
        .definedBy("se.processkarta")
        .layer("Model")
        .definedBy("se.processkarta.model..")
        .layer("Graph")
        .definedBy("se.processkarta.graph..")
        .layer("Hierarchy")
        .definedBy("se.processkarta.hierarchy..")
        .layer("Roles")
        .definedBy("se.processkarta.roles..")
        .layer("Reads")
        .definedBy("se.processkarta.reads..")
        .layer("Changes")
        .definedBy("se.processkarta.changes")
        .layer("Apply")
        .definedBy("se.processkarta.changes.apply..")
        .layer("Render")
        .definedBy("se.processkarta.render..")
        .layer("Export")
        .definedBy("se.processkarta.export..")
        .layer("Seed")
        .definedBy("se.processkarta.seed..")
        .layer("Diagrams")
        .definedBy("se.processkarta.diagrams..")
        .layer("Imports")
        .definedBy("se.processkarta.imports..")
        .layer("Assignments")
        .definedBy("se.processkarta.assignments..")
        .layer("Api")
        .definedBy("se.processkarta.web")
        .layer("Http")
        .definedBy("se.processkarta.web.http..")
        .layer("Pages")
        .definedBy("se.processkarta.web.pages..")
        .whereLayer("Model")
        .mayNotAccessAnyLayer()
        .whereLayer("Graph")
        .mayOnlyAccessLayers("Model")
        .whereLayer("Hierarchy")
        .mayOnlyAccessLayers("Graph", "Model")
        .whereLayer("Roles")
        .mayOnlyAccessLayers("Hierarchy", "Graph", "Model")
        .whereLayer("Reads")
        .mayOnlyAccessLayers("Hierarchy", "Roles", "Model")
        // The one apply engine: checks a change's edits on the part of the model they touch and
        // writes them, versioned, to the graph.
        .whereLayer("Apply")
        .mayOnlyAccessLayers("Graph", "Hierarchy", "Roles", "Model")
        // The workflow reaches the graph only through the apply engine, the hierarchy and roles.
        .whereLayer("Changes")
        .mayOnlyAccessLayers("Apply", "Hierarchy", "Roles", "Model")
        .whereLayer("Render")
        .mayOnlyAccessLayers("Model")
        .whereLayer("Export")
        .mayOnlyAccessLayers("Model")
        // The seed writes only through the change path.
        .whereLayer("Seed")
        .mayOnlyAccessLayers("Changes", "Apply", "Hierarchy", "Roles", "Model")
        .whereLayer("Diagrams")
        .mayOnlyAccessLayers(
            "Changes", "Export", "Graph", "Hierarchy", "Render", "Seed", "Reads", "Model")
        .whereLayer("Imports")
        .mayOnlyAccessLayers("Changes", "Apply", "Diagrams", "Export", "Roles", "Model")
        .whereLayer("Assignments")
        .mayOnlyAccessLayers("Changes", "Export", "Graph", "Render", "Roles", "Seed", "Model")
        .whereLayer("Http")
        .mayOnlyAccessLayers("Changes", "Reads", "Model")
        .whereLayer("Api")
        .mayOnlyAccessLayers(
            "Assignments",
            "Changes",
            "Apply",
            "Diagrams",
            "Export",
            "Hierarchy",
            "Imports",
            "Reads",
            "Render",
            "Roles",
            "Http",
            "Model")
        // The pages are their own feature: the JSON API's controllers and records are not theirs,
        // and they draw and export through the services, never the renderers or exporters.
        .whereLayer("Pages")
        .mayOnlyAccessLayers(
            "Assignments",
            "Changes",
            "Apply",
            "Diagrams",
            "Hierarchy",
            "Imports",
            "Reads",
            "Roles",
            "Http",
            "Model")
        .whereLayer("App")
        .mayOnlyAccessLayers("Diagrams", "Seed", "Model");
  }

  @Test
  void eachFeatureUsesOnlyTheFeaturesItNames() {
    check(features());
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
                "org.neo4j..",
                "java.sql..",
                "javax.sql..",
                "org.apache.batik.."));
  }

  @Test
  void theGraphDriverIsUsedWhereTheGraphIsRead() {
    check(
        noClasses()
            .that()
            .resideOutsideOfPackages(
                "se.processkarta.graph..",
                "se.processkarta.hierarchy..",
                "se.processkarta.roles..",
                "se.processkarta.changes.apply..",
                "se.processkarta.diagrams..",
                "se.processkarta.assignments..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.neo4j.."));
  }

  @Test
  void theRelationalStoreIsUsedOnlyByTheWorkflowAndAssignments() {
    check(
        noClasses()
            .that()
            .resideOutsideOfPackages("se.processkarta.changes..", "se.processkarta.assignments..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.micronaut.data..", "java.sql..", "javax.sql.."));
  }

  @Test
  void batikIsUsedOnlyByTheRenderer() {
    check(
        noClasses()
            .that()
            .resideOutsideOfPackage("se.processkarta.render..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.apache.batik.."));
  }

  @Test
  void httpIsServedOnlyByTheWebLayer() {
    check(
        noClasses()
            .that()
            .resideOutsideOfPackage("se.processkarta.web..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.micronaut.http..", "io.micronaut.views.."));
  }

  @Test
  void assignmentsAndDiagramsNeverWriteTheModel() {
    // The graph is written only by the change path.
    check(
        noClasses()
            .that()
            .resideInAnyPackage("se.processkarta.assignments..", "se.processkarta.diagrams..")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("se.processkarta.changes.apply.ModelWriter")
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
  void controllersAreNotPublic() {
    check(
        noClasses()
            .that()
            .areAnnotatedWith(io.micronaut.http.annotation.Controller.class)
            .should()
            .bePublic());
  }

  @Test
  void theRulesCanFail() {
    // A class of the app's own package that uses an exporter, which the app may not: refused, and
    // the message names the access.
    JavaClasses bad =
        new ClassFileImporter()
            .importClasses(GraphUsingExport.class, se.processkarta.export.Exports.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> features().withOptionalLayers(true).check(bad))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("GraphUsingExport")
        .hasMessageContaining("se.processkarta.export.Exports");
  }

  /** A class that uses an exporter, for {@link #theRulesCanFail}. */
  static final class GraphUsingExport {
    Object use() {
      return se.processkarta.export.Exports.standard();
    }
  }
}
