package dev.reelrank.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reelrank.cli.Cli;
import dev.reelrank.io.ProjectFiles;
import dev.reelrank.model.Project;
import dev.reelrank.model.Provenance;
import dev.reelrank.testing.CliRun;
import dev.reelrank.testing.DefaultLocale;
import dev.reelrank.testing.TestProjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxToolkit;

/**
 * {@code reelrank export} draws numbers and dates in the conventions of {@code --lang} (en as in the
 * US, zh as in mainland China), never the system's (issue 16, item 6): under de_DE the axis read
 * "1.191", under tr_TR the log axis and the labels disagreed, under ar_EG Arabic-Indic digits stood
 * beside Latin ones. The same chart is the same PNG, byte for byte, under every locale.
 */
class ExportLocaleTest {
    private static final Locale TURKEY = Locale.forLanguageTag("tr-TR");
    private static final Locale EGYPT = Locale.forLanguageTag("ar-EG");

    @TempDir
    Path folder;

    @BeforeAll
    static void startToolkitTheWayTestFxDoes() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private byte[] export(Path project, String chart, String language, Locale locale) throws Exception {
        Path png = folder.resolve(chart + "-" + language + "-" + locale.toLanguageTag() + ".png");
        CliRun run = DefaultLocale.during(
                locale,
                () -> CliRun.of(
                        new Cli(CliRun.noWindow(), new HeadlessImageExporter()),
                        "export",
                        project.toString(),
                        "--chart",
                        chart,
                        "--lang",
                        language,
                        "--out",
                        png.toString(),
                        "--width",
                        "640",
                        "--height",
                        "360",
                        "--force"));
        assertEquals(0, run.code(), run.err());
        return Files.readAllBytes(png);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cost", "rating", "trend", "price-history", "value", "heatmap", "dashboard"})
    void theSameChart_isTheSamePng_underEveryLocale(String chart) throws Exception {
        Path project = folder.resolve("project.reelrank.json");
        ProjectFiles.write(market(), project);
        for (String language : List.of("en", "zh")) {
            for (Locale locale : language.equals("en") ? List.of(Locale.GERMANY, TURKEY, EGYPT) : List.of(EGYPT)) {
                byte[] us = export(project, chart, language, Locale.US);
                byte[] other = export(project, chart, language, locale);
                if (!Arrays.equals(us, other)) {
                    // Now and then, after other charts were drawn in the same process, JavaFX
                    // antialiases an axis's names a shade differently, whatever the locale: about 1
                    // export in 40 on 2026-11-30, with that day's changes and without. A difference
                    // the locale makes is there again in a second pair drawn back to back.
                    us = export(project, chart, language, Locale.US);
                    other = export(project, chart, language, locale);
                }
                assertArrayEquals(
                        us, other, chart + " in " + language + " under " + locale + " differs from under en_US");
            }
        }
    }

    /** Prices over a thousand (grouping), under one (decimals), with histories and head-to-head votes. */
    private static Project market() {
        var provenance = new Provenance("test votes", null, LocalDate.of(2025, 3, 1));
        return TestProjects.priceHistory()
                .withPair("veo-2", "kling-1.6", 1600, 1400, 5, provenance)
                .withPair("veo-2", "sora", 1550, 1450, 3, provenance)
                .withPair("kling-1.6", "sora", 1520, 1480, 4, provenance);
    }
}
