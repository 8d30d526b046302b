package dev.ridgeline.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The model never knows about a UI toolkit (ARCHITECTURE.md): JavaFX, AWT and Swing stay in app/. */
@AnalyzeClasses(packages = "dev.ridgeline", importOptions = ImportOption.DoNotIncludeTests.class)
class ModelIsUiFreeTest {
    @ArchTest
    static final ArchRule modelDoesNotUseJavaFx = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "javax.swing..")
            .because("the model module is pure Java; the UI lives in app/");
}
