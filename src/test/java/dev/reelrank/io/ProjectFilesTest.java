package dev.reelrank.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.model.ChartView;
import dev.reelrank.model.CostBasis;
import dev.reelrank.model.Price;
import dev.reelrank.model.PriceObservation;
import dev.reelrank.model.Product;
import dev.reelrank.model.Project;
import dev.reelrank.model.Provenance;
import dev.reelrank.model.RatingSource;
import dev.reelrank.model.SourceKind;
import dev.reelrank.model.TrendMetric;
import dev.reelrank.testing.TestProjects;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectFilesTest {
    @TempDir
    Path folder;

    /**
     * Every kind of content a file holds: each price unit, estimates, prices without a figure,
     * Chinese names, chart styles, notes, sample votes, chained rates (TestProjects.market), and a
     * saved chart view, head-to-head votes and a price and a vote count edited without a new source.
     */
    static Project everyKindOfContent() {
        Project market = TestProjects.market();
        LocalDate day = LocalDate.of(2026, 11, 25);
        Product kling = market.product("kling-1.6").orElseThrow();
        Price price = kling.compared().price();
        kling = kling.withComparedPrice(kling.compared()
                .withPrice(
                        new Price(new BigDecimal("0.125"), price.currency(), price.unit()),
                        kling.compared().kind(),
                        day));
        kling = kling.withVotes(kling.votes().orElseThrow().withCounts(601, 450, 50, day));
        Provenance panel = new Provenance("Our own panel", "https://example.com/panel", LocalDate.of(2025, 3, 1));
        Product veo = market.product("veo-2").orElseThrow();
        veo = veo.withComparedPrice(veo.compared()
                .withHistory(List.of(
                        PriceObservation.of(
                                LocalDate.of(2024, 12, 16),
                                new BigDecimal("0.60"),
                                "Launch post",
                                null,
                                SourceKind.VENDOR),
                        PriceObservation.of(
                                LocalDate.of(2025, 1, 10),
                                new BigDecimal("0.55"),
                                "Press report",
                                "https://example.com/cut",
                                null))));
        return market.withProduct(kling)
                .withProduct(veo)
                .withPair("veo-2", "kling-1.6", 60, 40, 5, panel)
                .withPair("sora", "veo-2", 45, 55, 3, panel)
                .withView(new ChartView(
                        CostBasis.PER_FIVE_SECOND_CLIP,
                        TrendMetric.COST_PER_MINUTE,
                        false,
                        RatingSource.AGGREGATE_VOTES));
    }

    @Test
    void roundTrip_givesAnEqualProject() throws Exception {
        Project original = everyKindOfContent();
        Path file = folder.resolve("default" + ProjectFiles.EXTENSION);
        ProjectFiles.write(original, file);
        assertEquals(original, ProjectFiles.read(file));
    }

    @Test
    void writing_isStable_soFilesDiffCleanly() throws Exception {
        Path first = folder.resolve("a.reelrank.json");
        Path second = folder.resolve("b.reelrank.json");
        ProjectFiles.write(everyKindOfContent(), first);
        ProjectFiles.write(ProjectFiles.read(first), second);
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }

    @Test
    void written_isUtf8WithChineseNamesAsTheyAre() throws Exception {
        Path file = folder.resolve("zh.reelrank.json");
        ProjectFiles.write(TestProjects.market(), file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"nameZh\": \"可灵 1.6\""), "Chinese stays readable, not \\u escapes");
        assertTrue(text.startsWith("{\n  \"format\": 5,\n"), "format first, two-space indent");
    }

    @Test
    void fileOver50MB_isRefusedBeforeItIsRead() throws Exception {
        Path big = folder.resolve("big.reelrank.json");
        try (var file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(ProjectFiles.MAX_FILE_BYTES + 1);
        }
        var e = assertThrows(ProjectFileException.class, () -> ProjectFiles.read(big));
        assertEquals(big + ": is 50.0 MB; project files over 50 MB are refused", e.getMessage());
    }

    @Test
    void missingFileAndFolder_areNamedPlainly() {
        Path missing = folder.resolve("missing.reelrank.json");
        assertEquals(
                missing + ": no such file",
                assertThrows(ProjectFileException.class, () -> ProjectFiles.read(missing))
                        .getMessage());
        assertEquals(
                folder + ": is a folder, not a project file",
                assertThrows(ProjectFileException.class, () -> ProjectFiles.read(folder))
                        .getMessage());
    }

    @Test
    void failedWrite_leavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path file = folder.resolve("keep.reelrank.json");
        Files.writeString(file, "old content");
        assertThrows(
                IOException.class,
                () -> AtomicFiles.write(file, out -> {
                    out.write("half of the new".getBytes(StandardCharsets.UTF_8));
                    throw new IOException("disk full");
                }));
        assertEquals("old content", Files.readString(file));
        try (var files = Files.list(folder)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void atomicWrite_replacesTheWholeFile() throws Exception {
        Path file = folder.resolve("replace.reelrank.json");
        Files.writeString(file, "a much longer old content that must not survive as a tail");
        AtomicFiles.write(file, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertEquals("new", Files.readString(file));
    }

    @Test
    void atomicWrite_intoAMissingFolder_fails() {
        Path file = folder.resolve("no-such-folder").resolve("x.reelrank.json");
        var e = assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> out.write(1)));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }
}
