package dev.reelrank.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.io.ProjectFiles;
import dev.reelrank.testing.CliRun;
import dev.reelrank.testing.TestProjects;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScenarioCliTest {
    @TempDir
    Path folder;

    private static CliRun run(String... args) {
        return CliRun.of(new Cli(CliRun.noWindow()), args);
    }

    @Test
    void gfFigures_asCsv_withPlainNumbers() {
        CliRun run = run(
                "scenario",
                "--uploads-per-day",
                "40000000",
                "--cost-per-clip",
                "0.83",
                "--shares",
                "0.1,20%,30 %",
                "--format",
                "csv");
        assertEquals(0, run.code(), run.err());
        assertEquals(
                List.of(
                        "share,clips_per_year,cost_per_year,currency",
                        "0.1,1460000000,1211800000.00,CNY",
                        "0.2,2920000000,2423600000.00,CNY",
                        "0.3,4380000000,3635400000.00,CNY"),
                run.out().lines().toList());
    }

    @Test
    void table_showsCompactAndExactAmounts() {
        CliRun run = run("scenario", "--cost-per-clip", "0.83", "--shares", "10%");
        assertTrue(run.out().contains("1.21 bn CNY"), run.out());
        assertTrue(run.out().contains("1,211,800,000.00 CNY"), run.out());
    }

    @Test
    void projectMode_oneRowPerProductAndShare_withAProductColumn() throws Exception {
        Path project = folder.resolve("p.reelrank.json");
        ProjectFiles.write(TestProjects.market(), project);
        CliRun run = run("scenario", project.toString(), "--shares", "10%", "--format", "csv");
        assertEquals(0, run.code(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(
                "product,price_option,price_label,price_kind,price_as_of,cost_per_clip,clip_seconds,currency,share,"
                        + "clips_per_year,cost_per_year",
                lines.getFirst());
        // 40,000,000 uploads a day x 10 % x 365 days = 1,460,000,000 clips a year
        // Kling 1.6: 0.1 CNY a credit x 10 credits = 1 CNY a 5-s clip (its compared price, "Standard mode")
        assertTrue(
                lines.contains("Kling 1.6,standard,Standard mode,credits,2025-01-15,1,5,CNY,0.1,1460000000,"
                        + "1460000000.00"),
                run.out());
        // Veo 2: 0.5 USD a second x 5 s x 7.0 CNY per USD = 17.5 CNY a clip
        assertTrue(
                lines.contains(
                        "Veo 2,vertex-ai,Vertex AI,API price,2025-02-20,17.5,5,CNY,0.1,1460000000," + "25550000000.00"),
                run.out());
        assertTrue(run.err().contains("Meta Movie Gen left out"), run.err());
        assertTrue(run.err().contains("Veo 2 is priced per second"), run.err());
    }

    /** The seed's projection, from the data the app ships, in one choice: GF Securities' 0.83 CNY estimate. */
    @Test
    void defaultProject_withGfsEstimateChosen_readsTheSeeds12_24_36BnCny() {
        Path project = folder.resolve("default.reelrank.json");
        assertEquals(0, run("sample", "--out", project.toString()).code());
        CliRun run = run("scenario", project.toString(), "--price", "kling-1.6:gf-estimate");
        assertEquals(0, run.code(), run.err());
        // The table's compact amounts, e.g. "1.21 bn CNY", read to one decimal as the seed quotes them.
        List<BigDecimal> billions = run.out()
                .lines()
                .filter(l -> l.startsWith("Kling 1.6 "))
                .map(l -> Pattern.compile("([\\d.]+) bn CNY$").matcher(l))
                .filter(Matcher::find)
                .map(m -> new BigDecimal(m.group(1)).setScale(1, RoundingMode.HALF_UP))
                .toList();
        assertEquals(List.of(new BigDecimal("1.2"), new BigDecimal("2.4"), new BigDecimal("3.6")), billions, run.out());
        assertTrue(run.out().contains("Kling 1.6: GF estimate, estimate, as of "), run.out());

        CliRun csv = run("scenario", project.toString(), "--price", "kling-1.6:gf-estimate", "--format", "csv");
        List<String> kling =
                csv.out().lines().filter(l -> l.startsWith("Kling 1.6,")).toList();
        // 40,000,000 a day x 10 / 20 / 30 % x 365 days x 0.83 CNY
        assertEquals(
                List.of("1211800000.00", "2423600000.00", "3635400000.00"),
                kling.stream().map(l -> l.substring(l.lastIndexOf(',') + 1)).toList(),
                csv.out());
        assertTrue(kling.stream().allMatch(l -> l.contains(",gf-estimate,GF estimate,estimate,")), csv.out());
    }

    @Test
    void projectMode_namesTheOptionKindAndDate_itMultiplies_chosenOrCompared() throws Exception {
        Path project = folder.resolve("p.reelrank.json");
        ProjectFiles.write(TestProjects.market(), project);
        CliRun compared = run("scenario", project.toString(), "--shares", "10%");
        assertEquals(0, compared.code(), compared.err());
        assertTrue(
                compared.out()
                        .contains("  Kling 1.6: Standard mode, credits, as of 2025-01-15; 1 CNY per 5-s clip"
                                + " [kling-1.6:standard, compared price]"),
                compared.out());
        assertTrue(
                compared.out()
                        .contains("  Veo 2: Vertex AI, API price, as of 2025-02-20; 17.5 CNY per 5-s clip"
                                + " (length assumed) [veo-2:vertex-ai, compared price]"),
                compared.out());

        // By id, or by the product's name and the option's label, ignoring case.
        for (String choice : List.of("kling-1.6:gf-estimate", "Kling 1.6:GF Estimate")) {
            CliRun chosen = run("scenario", project.toString(), "--shares", "10%", "--price", choice);
            assertEquals(0, chosen.code(), chosen.err());
            assertTrue(
                    chosen.out()
                            .contains("  Kling 1.6: GF estimate, estimate, as of 2025-03-10; 0.83 CNY per 5-s clip"
                                    + " [kling-1.6:gf-estimate, chosen]"),
                    chosen.out());
            String row = chosen.out()
                    .lines()
                    .filter(l -> l.startsWith("Kling 1.6 "))
                    .findFirst()
                    .orElseThrow();
            assertTrue(row.matches("Kling 1\\.6 +gf-estimate +0\\.83 CNY/5s +10 % +1,460,000,000 +1\\.21 bn CNY"), row);
            // The other products keep their compared prices.
            assertTrue(chosen.out().contains("[veo-2:vertex-ai, compared price]"), chosen.out());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "no colon|kling-1.6|is not PRODUCT:OPTION",
                "no option|kling-1.6:|is not PRODUCT:OPTION",
                "unknown product|kling-9:gf-estimate|no product \"kling-9\"",
                "unknown option|kling-1.6:premium|has no price option \"premium\"; its options: standard, professional, gf-estimate",
                "option without a figure|pika-1.5:subscription|Pika 1.5 subscription has no figure"
            })
    void aBadPriceChoice_exitsWith2_andOneLine(String kind, String choice, String message) throws Exception {
        Path project = folder.resolve("p.reelrank.json");
        ProjectFiles.write(TestProjects.market(), project);
        CliRun run = run("scenario", project.toString(), "--price", choice);
        assertEquals(2, run.code(), run.out());
        assertEquals("", run.out());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("error: --price") && run.err().contains(message), run.err());
    }

    @Test
    void aPriceChoice_needsAProject_andOneOptionPerProduct() throws Exception {
        CliRun withoutProject = run("scenario", "--cost-per-clip", "0.83", "--price", "kling-1.6:gf-estimate");
        assertEquals(2, withoutProject.code());
        assertEquals(1, withoutProject.err().lines().count(), withoutProject.err());
        Path project = folder.resolve("p.reelrank.json");
        ProjectFiles.write(TestProjects.market(), project);
        CliRun twice = run(
                "scenario", project.toString(), "--price", "kling-1.6:gf-estimate", "--price", "kling-1.6:standard");
        assertEquals(2, twice.code());
        assertEquals(
                "error: --price: Kling 1.6 is chosen more than once",
                twice.err().strip());
    }

    @Test
    void csvAmounts_arePlainDecimals_roundedByTheStatedRule_withoutFloatNoise() throws Exception {
        // In USD at 7.0 CNY a dollar, Kling 1.6's 1 CNY a clip is 1/7 USD: no finite decimal, so the exact
        // arithmetic carries 16 digits that used to reach the CSV (208571428.5714286).
        Path project = folder.resolve("p.reelrank.json");
        ProjectFiles.write(TestProjects.market(), project);
        CliRun run = run(
                "scenario", project.toString(), "--currency", "USD", "--shares", "10%,12.3456789%", "--format", "csv");
        assertEquals(0, run.code(), run.err());
        List<String> lines = run.out().lines().toList();
        List<String> header = List.of(lines.getFirst().split(","));
        int share = header.indexOf("share");
        int clips = header.indexOf("clips_per_year");
        int cost = header.indexOf("cost_per_year");
        int perClip = header.indexOf("cost_per_clip");
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",", -1);
            for (int column : new int[] {share, clips, cost, perClip}) {
                assertTrue(fields[column].matches("\\d+(\\.\\d+)?"), "not a plain decimal: " + line);
            }
            // Money to the cent, always two decimals.
            assertEquals(2, new BigDecimal(fields[cost]).scale(), line);
            // Clips are whole.
            assertEquals(0, new BigDecimal(fields[clips]).scale(), line);
            // Shares and costs per clip: at most 6 significant digits.
            assertTrue(new BigDecimal(fields[share]).precision() <= 6, line);
            assertTrue(new BigDecimal(fields[perClip]).stripTrailingZeros().precision() <= 6, line);
        }
        // 1,460,000,000 clips x 1/7 USD = 208,571,428.571428... USD, to the cent
        assertTrue(
                lines.stream()
                        .anyMatch(l -> l.startsWith("Kling 1.6,")
                                && l.contains(",0.142857,")
                                && l.endsWith(",0.1,1460000000,208571428.57")),
                run.out());
        // 40,000,000 x 12.3456789 % x 365 = 1,802,469,119.4 clips; the share itself to 6 digits
        assertTrue(
                lines.stream()
                        .anyMatch(l -> l.startsWith("Kling 1.6,") && l.endsWith(",0.123457,1802469119,257495588.49")),
                run.out());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "negative share|--shares|-10%|is negative",
                "share over 100 %|--shares|120%|is over 100 %",
                "fraction over one|--shares|1.5|is over 100 %",
                "not a share|--shares|ten|is not a share",
                "empty share between two|--shares|10%,,20%|a share is missing",
                "negative cost|--cost-per-clip|-0.83|is negative",
                "cost not a number|--cost-per-clip|NaN|is not a number",
                "uploads not a number|--uploads-per-day|many|is not a whole number",
                "no such currency|--currency|XYZ|--currency:",
                "days out of range|--days|400|days"
            })
    void badValues_exitWith2_andOneLine(String kind, String option, String value, String message) {
        List<String> args = new ArrayList<>(List.of("scenario", "--cost-per-clip", "0.83"));
        if (option.equals("--cost-per-clip")) {
            args = new ArrayList<>(List.of("scenario"));
        }
        args.add(option);
        args.add(value);
        CliRun run = run(args.toArray(String[]::new));
        assertEquals(2, run.code(), run.out());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("error: ") && run.err().contains(message), run.err());
    }

    /** As the window's scenario: Kling 2.5 Turbo's 10-s price is costed for a 5-s clip, and the note says so. */
    @Test
    void aPriceForAnotherClipLength_isCostedProRataForA5sClip_andNamed() throws Exception {
        Path file = folder.resolve("market.reelrank.json");
        ProjectFiles.write(dev.reelrank.io.DefaultDataset.load(), file);
        CliRun run = run("scenario", file.toString(), "--currency", "USD");
        assertEquals(0, run.code(), run.err());
        assertTrue(
                run.err().contains("Kling 2.5 Turbo is priced per 10-s clip; costed pro rata for a 5-s clip"),
                run.err());
        assertTrue(run.out().contains("0.35 USD per 5-s clip"), run.out());
        assertFalse(run.out().contains("10-s clip"), run.out());
    }
}
