package io.github.sedexplorer.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;

/**
 * The UI's shape: {@code ui} itself is the composition root (the app, the main window, the menus' actions); its
 * sub-packages (one per tab, plus common, controls, tables, export, layout ...) never reach back into it and
 * import each other without cycles.
 */
class UiArchitectureTest {

    private static final JavaClasses UI = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.sedexplorer.ui");

    @Test
    void theSubPackagesOfUiAreFreeOfCycles() {
        slices().matching("io.github.sedexplorer.ui.(*)..").should().beFreeOfCycles().check(UI);
    }

    @Test
    void onlyTheCompositionRootKnowsTheMainWindow() {
        noClasses().that().resideInAPackage("io.github.sedexplorer.ui.(*)..")
                .should().dependOnClassesThat().resideInAPackage("io.github.sedexplorer.ui")
                .check(UI);
    }

    @Test
    void viewModelsAreNotViews() {
        // a view-model is tested without a robot: it holds properties, never controls or dialogs
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "org.controlsfx..")
                .check(UI);
    }
}
