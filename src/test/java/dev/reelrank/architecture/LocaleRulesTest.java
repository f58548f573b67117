package dev.reelrank.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Issue 16, locale-proof output: no text ReelRank prints or draws takes its conventions from the
 * JVM's default locale by accident. Each call below has a twin that takes a {@link Locale}: the
 * command line passes {@link Locale#ROOT}, the window and its images the locale of their
 * {@code Texts}. Only the window asks the system for its region, once, at start.
 */
@AnalyzeClasses(packages = "dev.reelrank", importOptions = ImportOption.DoNotIncludeTests.class)
class LocaleRulesTest {
    @ArchTest
    static final ArchRule noFormattingInTheDefaultLocale = noClasses()
            .should()
            .callMethod(String.class, "format", String.class, Object[].class)
            .orShould()
            .callMethod(String.class, "formatted", Object[].class)
            .orShould()
            .callMethod(PrintWriter.class, "printf", String.class, Object[].class)
            .orShould()
            .callMethod(PrintWriter.class, "format", String.class, Object[].class)
            .orShould()
            .callMethod(PrintStream.class, "printf", String.class, Object[].class)
            .orShould()
            .callMethod(PrintStream.class, "format", String.class, Object[].class)
            .orShould()
            .callMethod(String.class, "toLowerCase")
            .orShould()
            .callMethod(String.class, "toUpperCase")
            .orShould()
            .callConstructor(DecimalFormat.class, String.class)
            .orShould()
            .callConstructor(DecimalFormat.class)
            .orShould()
            .callMethod(DecimalFormatSymbols.class, "getInstance")
            .orShould()
            .callMethod(NumberFormat.class, "getInstance")
            .orShould()
            .callMethod(NumberFormat.class, "getNumberInstance")
            .orShould()
            .callMethod(NumberFormat.class, "getIntegerInstance")
            .orShould()
            .callMethod(NumberFormat.class, "getPercentInstance")
            .orShould()
            .callMethod(NumberFormat.class, "getCurrencyInstance")
            .orShould()
            .callMethod(NumberFormat.class, "getCompactNumberInstance")
            .orShould()
            .callConstructor(MessageFormat.class, String.class)
            .orShould()
            .callMethod(MessageFormat.class, "format", String.class, Object[].class)
            .orShould()
            .callMethod(DateTimeFormatter.class, "ofPattern", String.class)
            .because("the default locale would decide how a number or a word reads (1.191, ١٬١٩١, 'ıs a directory'); "
                    + "pass Locale.ROOT on the command line, the Texts' locale in the window and its images");

    @ArchTest
    static final ArchRule onlyTheWindowAsksForTheSystemsLocale = noClasses()
            .that()
            .doNotHaveFullyQualifiedName("dev.reelrank.app.ReelRankApp")
            .should()
            .callMethod(Locale.class, "getDefault")
            .orShould()
            .callMethod(Locale.class, "getDefault", Locale.Category.class)
            .because("the window's numbers and dates follow the system's region, chosen once in ReelRankApp; "
                    + "the command line and the images follow none");
}
