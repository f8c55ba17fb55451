package io.github.sedexplorer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;

/**
 * The core (cell, sed, bench, search, lab, layout, picture, microscope, models) knows nothing of JavaFX; the CLI
 * neither; and the top-level packages depend on each other without cycles.
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.sedexplorer");

    @Test
    void coreImportsNoJavaFx() {
        noClasses().that().resideInAnyPackage("..sedexplorer.cell..", "..sedexplorer.sed..",
                        "..sedexplorer.bench..", "..sedexplorer.search..", "..sedexplorer.lab..", "..sedexplorer.layout..", "..sedexplorer.picture..", "..sedexplorer.microscope..", "..sedexplorer.models..", "..sedexplorer.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..",
                        "io.github.sedexplorer.ui..")
                .check(MAIN);
    }

    @Test
    void coreDoesNotDependOnTheCli() {
        noClasses().that().resideInAnyPackage("..sedexplorer.cell..", "..sedexplorer.sed..",
                        "..sedexplorer.bench..", "..sedexplorer.search..", "..sedexplorer.layout..", "..sedexplorer.picture..", "..sedexplorer.microscope..", "..sedexplorer.models..")
                .should().dependOnClassesThat().resideInAnyPackage("io.github.sedexplorer.cli..", "picocli..")
                .check(MAIN);
    }

    @Test
    void thePackagesAreFreeOfCycles() {
        // e.g. sed -> microscope -> sed: the measured models are resolved above both, in models.Models
        slices().matching("io.github.sedexplorer.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void sedKnowsNothingOfTheMicroscopeOrTheModelsAboveIt() {
        noClasses().that().resideInAnyPackage("..sedexplorer.sed..", "..sedexplorer.cell..")
                .should().dependOnClassesThat().resideInAnyPackage("io.github.sedexplorer.microscope..", "io.github.sedexplorer.models..")
                .check(MAIN);
    }

    @Test
    void theCoreLogsThroughJavaUtilLoggingNotTheAppsLog() {
        // log (the error log's file) builds on cell.Quote; the core stays below it
        noClasses().that().resideInAnyPackage("..sedexplorer.cell..", "..sedexplorer.sed..",
                        "..sedexplorer.bench..", "..sedexplorer.search..", "..sedexplorer.layout..", "..sedexplorer.picture..", "..sedexplorer.microscope..")
                .should().dependOnClassesThat().resideInAnyPackage("io.github.sedexplorer.log..")
                .check(MAIN);
    }
}
