package dev.reelrank.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.FileReader;
import java.io.FileWriter;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.util.Set;
import java.util.TreeSet;

/** The layers of the brief: data flows file -> model -> view model -> view, never back. */
@AnalyzeClasses(packages = "dev.reelrank", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {
    @ArchTest
    static final ArchRule layers = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("model")
            .definedBy("dev.reelrank.model..")
            .layer("io")
            .definedBy("dev.reelrank.io..")
            .layer("viewmodel")
            .definedBy("dev.reelrank.viewmodel..")
            .layer("view")
            .definedBy("dev.reelrank.view..")
            .layer("export")
            .definedBy("dev.reelrank.export..")
            .layer("cli")
            .definedBy("dev.reelrank.cli..")
            .layer("app")
            .definedBy("dev.reelrank.app..")
            .whereLayer("app")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("cli")
            .mayOnlyBeAccessedByLayers("app")
            .whereLayer("view")
            .mayOnlyBeAccessedByLayers("app", "export")
            .whereLayer("viewmodel")
            .mayOnlyBeAccessedByLayers("view", "export", "app")
            .whereLayer("io")
            .mayOnlyBeAccessedByLayers("cli", "app");

    @ArchTest
    static final ArchRule modelAndIoImportNoJavaFx = noClasses()
            .that()
            .resideInAnyPackage("dev.reelrank.model..", "dev.reelrank.io..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx..", "org.controlsfx..")
            .because("the model and file formats must work without a toolkit (headless CLI, tests)");

    @ArchTest
    static final ArchRule modelIsPureJava = noClasses()
            .that()
            .resideInAPackage("dev.reelrank.model..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("com.fasterxml..", "picocli..", "java.nio.file..", "java.io.File..")
            .because("the model computes; reading and writing files is io's job");

    @ArchTest
    static final ArchRule viewsNeverCallIo = noClasses()
            .that()
            .resideInAPackage("dev.reelrank.view..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.reelrank.io..")
            .because("views bind to view models only");

    @ArchTest
    static final ArchRule viewModelsHoldNoNodes = noClasses()
            .that()
            .resideInAPackage("dev.reelrank.viewmodel..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .because("view models are testable without a window");

    @ArchTest
    static final ArchRule viewModelsDoNoFileIo = noClasses()
            .that()
            .resideInAPackage("dev.reelrank.viewmodel..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.reelrank.io..")
            .orShould()
            .dependOnClassesThat()
            .belongToAnyOf(
                    Files.class,
                    FileChannel.class,
                    FileInputStream.class,
                    FileOutputStream.class,
                    RandomAccessFile.class,
                    FileReader.class,
                    FileWriter.class)
            .because("view models name files (a Path is a value) but leave reading and writing them to io");

    @ArchTest
    static final ArchRule headlessCommandsLoadNoJavaFx = noClasses()
            .that()
            .resideInAPackage("dev.reelrank.cli..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("javafx..")
            .because("validate and sample must not start JavaFX");

    @ArchTest
    static final ArchRule noStandardStreamsOutsideTheCli = noClasses()
            .that()
            .resideOutsideOfPackage("dev.reelrank.cli..")
            .should(ACCESS_STANDARD_STREAMS)
            .because("results and errors reach the user through the CLI or the window, not System.out");

    /**
     * Within view and within viewmodel, each feature folder is a slice, and the layer's own root
     * package (the main window, the main view model) is one more: none of them may need another
     * that needs it back.
     */
    @ArchTest
    static final ArchRule noCyclesBetweenViewFeatures =
            slices().assignedFrom(featureOf("view")).should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noCyclesBetweenViewModelFeatures =
            slices().assignedFrom(featureOf("viewmodel")).should().beFreeOfCycles();

    @ArchTest
    static final ArchRule sharedControlsKnowNoFeature = noClasses()
            .that()
            .resideInAPackage("dev.reelrank.view.controls..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "dev.reelrank.view",
                    "dev.reelrank.view.charts..",
                    "dev.reelrank.view.files..",
                    "dev.reelrank.view.headtohead..",
                    "dev.reelrank.view.kpi..",
                    "dev.reelrank.view.products..",
                    "dev.reelrank.view.rates..",
                    "dev.reelrank.view.scenario..",
                    "dev.reelrank.view.slides..",
                    "dev.reelrank.viewmodel")
            .because("controls are shared by every feature, so they may not lean on one");

    /** Every view feature binds to a view-model package of the same name; controls are shared, not a feature. */
    @ArchTest
    static void eachViewFeatureHasItsViewModelPackage(JavaClasses classes) {
        Set<String> views = features(classes, "view");
        views.remove("controls");
        Set<String> missing = new TreeSet<>(views);
        missing.removeAll(features(classes, "viewmodel"));
        assertEquals(Set.of(), missing, "view features without a view-model package of the same name");
    }

    private static Set<String> features(JavaClasses classes, String layer) {
        Set<String> found = new TreeSet<>();
        for (JavaClass type : classes) {
            String feature = featureFolder(type.getPackageName(), layer);
            if (feature != null) {
                found.add(feature);
            }
        }
        return found;
    }

    /** The feature folder of {@code layer} a package is in ("charts" for view.charts.axes), or null. */
    private static String featureFolder(String pkg, String layer) {
        String root = "dev.reelrank." + layer + ".";
        return pkg.startsWith(root) ? pkg.substring(root.length()).split("\\.", -1)[0] : null;
    }

    private static SliceAssignment featureOf(String layer) {
        String root = "dev.reelrank." + layer;
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass type) {
                String pkg = type.getPackageName();
                if (pkg.equals(root)) {
                    return SliceIdentifier.of(layer + " (root)");
                }
                String feature = featureFolder(pkg, layer);
                return feature == null ? SliceIdentifier.ignore() : SliceIdentifier.of(layer + "." + feature);
            }

            @Override
            public String getDescription() {
                return "feature folders of " + layer;
            }
        };
    }
}
