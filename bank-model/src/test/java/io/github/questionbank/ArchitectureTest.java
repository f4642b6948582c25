package io.github.questionbank;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layer map of ARCHITECTURE.md, enforced: which package may use which, no package cycles, no
 * Maven in the core, and no exporter that uses another. When this fails, either the change breaks
 * the map (move the code) or the map must change (change ARCHITECTURE.md and this test together).
 *
 * <p>ArchUnit reads bytecode: a use of another package's compile-time constant (a {@code static
 * final String}) is inlined by javac and not seen. Such a use still breaks the map in the source.
 */
class ArchitectureTest {

  private static final String ROOT = "io.github.questionbank";

  private static JavaClasses core;

  @BeforeAll
  static void importTheCore() {
    core =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);
  }

  /** The table of ARCHITECTURE.md, row by row. */
  static ArchRule layerMap() {
    return layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("model")
        .definedBy(ROOT + ".model..")
        .layer("io")
        .definedBy(ROOT + ".io..")
        .layer("highlight")
        .definedBy(ROOT + ".highlight..")
        .layer("diagnostic")
        .definedBy(ROOT + ".diagnostic..")
        .layer("markdown")
        .definedBy(ROOT + ".markdown..")
        .layer("glyph")
        .definedBy(ROOT + ".glyph..")
        .layer("load")
        .definedBy(ROOT + ".load..")
        .layer("check")
        .definedBy(ROOT + ".check..")
        .layer("incremental")
        .definedBy(ROOT + ".incremental..")
        .layer("report")
        .definedBy(ROOT + ".report..")
        .layer("validate")
        .definedBy(ROOT + ".validate..")
        .layer("select")
        .definedBy(ROOT + ".select..")
        .layer("history")
        .definedBy(ROOT + ".history..")
        .layer("export.spi")
        .definedBy(ROOT + ".export.spi..")
        .layer("formats")
        // Every package under export but spi is a format: a new format is in this layer at once.
        .definedBy(
            resideInAPackage(ROOT + ".export.*..")
                .and(not(resideInAPackage(ROOT + ".export.spi.."))))
        .layer("export")
        .definedBy(ROOT + ".export")
        .whereLayer("model")
        .mayNotAccessAnyLayer()
        .whereLayer("io")
        .mayNotAccessAnyLayer()
        .whereLayer("highlight")
        .mayNotAccessAnyLayer()
        .whereLayer("diagnostic")
        .mayOnlyAccessLayers("model")
        .whereLayer("markdown")
        .mayOnlyAccessLayers("model", "highlight")
        .whereLayer("glyph")
        .mayNotAccessAnyLayer()
        .whereLayer("load")
        .mayOnlyAccessLayers("model", "diagnostic")
        .whereLayer("check")
        .mayOnlyAccessLayers("model", "diagnostic", "markdown", "glyph", "load")
        .whereLayer("incremental")
        .mayOnlyAccessLayers("model", "io", "diagnostic", "load")
        .whereLayer("report")
        .mayOnlyAccessLayers("model", "io", "diagnostic")
        .whereLayer("validate")
        .mayOnlyAccessLayers(
            "model",
            "io",
            "diagnostic",
            "markdown",
            "glyph",
            "load",
            "check",
            "incremental",
            "report")
        .whereLayer("select")
        .mayOnlyAccessLayers("model", "diagnostic")
        .whereLayer("history")
        .mayOnlyAccessLayers("model", "markdown")
        .whereLayer("export.spi")
        .mayOnlyAccessLayers(
            "model", "io", "highlight", "diagnostic", "markdown", "select", "history")
        .whereLayer("formats")
        .mayOnlyAccessLayers(
            "model",
            "io",
            "highlight",
            "diagnostic",
            "markdown",
            "glyph",
            "select",
            "history",
            "export.spi")
        .whereLayer("export")
        .mayOnlyAccessLayers(
            "model",
            "io",
            "highlight",
            "diagnostic",
            "markdown",
            "glyph",
            "load",
            "check",
            "incremental",
            "report",
            "validate",
            "select",
            "history",
            "export.spi",
            "formats");
  }

  @Test
  void everyPackageUsesOnlyWhatTheMapAllows() {
    layerMap().check(core);
  }

  /** A class in a package the map does not name would escape every other rule here. */
  @Test
  void everyClassIsInAPackageOfTheMap() {
    classes()
        .should()
        .resideInAnyPackage(
            ROOT + ".model..",
            ROOT + ".io..",
            ROOT + ".highlight..",
            ROOT + ".diagnostic..",
            ROOT + ".markdown..",
            ROOT + ".glyph..",
            ROOT + ".load..",
            ROOT + ".check..",
            ROOT + ".incremental..",
            ROOT + ".report..",
            ROOT + ".validate..",
            ROOT + ".select..",
            ROOT + ".history..",
            ROOT + ".export..")
        .check(core);
  }

  @Test
  void noPackageCycles() {
    slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(core);
  }

  @Test
  void noExporterUsesAnother() {
    slices()
        .matching(ROOT + ".export.(*)..")
        .that(describe("are formats", slice -> !slice.getDescription().contains("spi")))
        .should()
        .notDependOnEachOther()
        .check(core);
  }

  @Test
  void theCoreNeverImportsMaven() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.maven..", "org.codehaus.plexus..", "org.eclipse.aether..")
        .check(core);
  }
}
