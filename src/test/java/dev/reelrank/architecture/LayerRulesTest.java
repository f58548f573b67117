package dev.reelrank.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.FileReader;
import java.io.FileWriter;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.file.Files;

/** The layers of the brief: data flows file -> model -> view model -> view, never back. */
@AnalyzeClasses(packages = "dev.reelrank", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {
    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("model").definedBy("dev.reelrank.model..")
            .layer("io").definedBy("dev.reelrank.io..")
            .layer("viewmodel").definedBy("dev.reelrank.viewmodel..")
            .layer("view").definedBy("dev.reelrank.view..")
            .layer("export").definedBy("dev.reelrank.export..")
            .layer("cli").definedBy("dev.reelrank.cli..")
            .layer("app").definedBy("dev.reelrank.app..")
            .whereLayer("app").mayNotBeAccessedByAnyLayer()
            .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
            .whereLayer("view").mayOnlyBeAccessedByLayers("app", "export")
            .whereLayer("viewmodel").mayOnlyBeAccessedByLayers("view", "export", "app")
            .whereLayer("io").mayOnlyBeAccessedByLayers("cli", "app");

    @ArchTest
    static final ArchRule modelAndIoImportNoJavaFx = noClasses()
            .that().resideInAnyPackage("dev.reelrank.model..", "dev.reelrank.io..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
            .because("the model and file formats must work without a toolkit (headless CLI, tests)");

    @ArchTest
    static final ArchRule modelIsPureJava = noClasses()
            .that().resideInAPackage("dev.reelrank.model..")
            .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "picocli..", "java.nio.file..",
                    "java.io.File..")
            .because("the model computes; reading and writing files is io's job");

    @ArchTest
    static final ArchRule viewsNeverCallIo = noClasses()
            .that().resideInAPackage("dev.reelrank.view..")
            .should().dependOnClassesThat().resideInAPackage("dev.reelrank.io..")
            .because("views bind to view models only");

    @ArchTest
    static final ArchRule viewModelsHoldNoNodes = noClasses()
            .that().resideInAPackage("dev.reelrank.viewmodel..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .because("view models are testable without a window");

    @ArchTest
    static final ArchRule viewModelsDoNoFileIo = noClasses()
            .that().resideInAPackage("dev.reelrank.viewmodel..")
            .should().dependOnClassesThat().resideInAPackage("dev.reelrank.io..")
            .orShould().dependOnClassesThat().belongToAnyOf(Files.class, FileChannel.class, FileInputStream.class,
                    FileOutputStream.class, RandomAccessFile.class, FileReader.class, FileWriter.class)
            .because("view models name files (a Path is a value) but leave reading and writing them to io");

    @ArchTest
    static final ArchRule headlessCommandsLoadNoJavaFx = noClasses()
            .that().resideInAPackage("dev.reelrank.cli..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("validate and sample must not start JavaFX");

    @ArchTest
    static final ArchRule noStandardStreamsOutsideTheCli = noClasses()
            .that().resideOutsideOfPackage("dev.reelrank.cli..")
            .should(ACCESS_STANDARD_STREAMS)
            .because("results and errors reach the user through the CLI or the window, not System.out");
}
