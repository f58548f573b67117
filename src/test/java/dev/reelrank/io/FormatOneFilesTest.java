package dev.reelrank.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.model.CostCalculator;
import dev.reelrank.model.PriceKind;
import dev.reelrank.model.PriceOption;
import dev.reelrank.model.PriceStatus;
import dev.reelrank.model.PriceUnit;
import dev.reelrank.model.Project;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file saved by ReelRank before price kinds (format 1: "list-price" or "estimate") still opens:
 * each list price becomes API, plan or credits by its unit, every figure costs what it cost before,
 * and saving writes the current format. The file is ReelRank's own default dataset as it shipped in format 1.
 */
class FormatOneFilesTest {
    private static final String RESOURCE = "format-1-early-2025.reelrank.json";

    @TempDir
    Path folder;

    private static Project readOld() throws Exception {
        try (InputStream in = FormatOneFilesTest.class.getResourceAsStream(RESOURCE)) {
            return ProjectReader.read(in, RESOURCE);
        }
    }

    private static PriceOption option(Project project, String product, String option) {
        return project.product(product).orElseThrow().prices().stream()
                .filter(o -> o.id().equals(option))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aFormatOneFile_opens_andEachListPriceGetsTheKindItsUnitShows() throws Exception {
        String text;
        try (InputStream in = FormatOneFilesTest.class.getResourceAsStream(RESOURCE)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(
                text.contains("\"format\": 1") && text.contains("\"kind\": \"list-price\""), "really a format 1 file");
        Project project = readOld();
        assertEquals(PriceKind.CREDITS, option(project, "kling-1.6", "standard").kind());
        assertEquals(PriceKind.API, option(project, "veo-2", "vertex-ai").kind());
        assertEquals(PriceKind.PLAN, option(project, "sora", "chatgpt-plus").kind());
        assertEquals(
                PriceKind.ESTIMATE, option(project, "kling-1.6", "gf-estimate").kind());
        PriceOption plan = option(project, "sora", "chatgpt-plus");
        assertEquals(
                0,
                BigDecimal.valueOf(100)
                        .compareTo(((PriceUnit.MonthlyPlan) plan.price().unit()).utilisation()),
                "a plan read from format 1 assumes its whole allowance used, as format 1 did");
        assertFalse(
                plan.terms().sourceKind().isPresent(), "format 1 did not say who the source is; nothing is made up");
        assertEquals(
                PriceStatus.PUBLISHED,
                option(project, "veo-2", "gf-relative-estimate").status(),
                "the reader converts kinds; it does not guess which figures were derived");
    }

    @Test
    void aFormatOneFile_costsWhatItCostBefore() throws Exception {
        Project project = readOld();
        CostCalculator costs = CostCalculator.of(project);
        assertEquals("12.00", perMinute(costs, project, "kling-1.6"));
        assertEquals("219.00", perMinute(costs, project, "veo-2"));
        assertEquals("35.04", perMinute(costs, project, "sora"));
    }

    private static String perMinute(CostCalculator costs, Project project, String id) {
        return costs.cost(project.product(id).orElseThrow())
                .orElseThrow()
                .perMinute()
                .amount()
                .setScale(2, RoundingMode.HALF_UP)
                .toPlainString();
    }

    @Test
    void savingAFormatOneFile_writesTheCurrentFormat_thatReadsBackTheSame() throws Exception {
        Project project = readOld();
        Path saved = folder.resolve("saved" + ProjectFiles.EXTENSION);
        ProjectFiles.write(project, saved);
        String text = Files.readString(saved);
        assertTrue(text.startsWith("{\n  \"format\": " + ProjectReader.FORMAT_VERSION + ","), text.substring(0, 40));
        assertFalse(text.contains("list-price"));
        assertEquals(project, ProjectFiles.read(saved));
    }

    @Test
    void aLaterFile_mayNotUseTheOldWord() {
        var problem = assertThrows(
                ProjectFileException.class,
                () -> ProjectReader.read(
                        new ByteArrayInputStream(TestProjects.with("\"kind\": \"estimate\"", "\"kind\": \"list-price\"")
                                .getBytes(StandardCharsets.UTF_8)),
                        "test.reelrank.json"));
        assertTrue(
                problem.getMessage().contains("kind: expected one of api, plan, credits, estimate, got \"list-price\""),
                problem.getMessage());
    }
}
