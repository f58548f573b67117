package dev.reelrank.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.model.InvalidValueException;
import dev.reelrank.model.Price;
import dev.reelrank.model.PriceUnit;
import dev.reelrank.model.Project;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Currency;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 16, "never write what you can't read back": an amount of 1e-401 passed the reader, was
 * written as a 402-digit decimal and could not be opened again; 1e-100000 made the save fail with
 * Jackson's own words. Now every number the reader accepts is one the writer writes in full and
 * the reader reads back equal, and every other is refused in one line naming the place.
 */
class NumberRoundTripTest {
    private static final String FILE = "test.reelrank.json";

    @TempDir
    Path folder;

    private static Project read(String json) throws Exception {
        return ProjectReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), FILE);
    }

    private static ProjectFileException refused(String json) {
        return assertThrows(ProjectFileException.class, () -> read(json));
    }

    private static byte[] written(Project project) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProjectWriter.write(project, out);
        return out.toByteArray();
    }

    /** One line, in ReelRank's words, short enough to read, starting with the place. */
    private static void assertOneLine(String message, String place) {
        assertTrue(message.startsWith(place), () -> "expected " + place + " in\n" + message);
        assertFalse(message.contains("\n"), message);
        assertTrue(message.length() < 300, () -> message.length() + " characters: " + message.substring(0, 300));
        assertFalse(
                message.contains("java.") || message.contains("jackson") || message.contains("BigDecimal"), message);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "\"amount\": 0.83|1e-401|test.reelrank.json:24:21: products[0].prices[0].amount: ",
                "\"amount\": 0.83|1e-100000|test.reelrank.json:24:21: products[0].prices[0].amount: ",
                "\"amount\": 0.83|1e99999999999|test.reelrank.json:24:21: products[0].prices[0].amount: ",
                "\"amount\": 0.83|-1e-10000000|test.reelrank.json:24:21: products[0].prices[0].amount: ",
                "\"amount\": 0.83|1e-13|test.reelrank.json:24:21: products[0].prices[0].amount: ",
                "\"rate\": 7.3|7.3e-1000|test.reelrank.json:6:42: exchangeRates[0].rate: ",
                "\"rate\": 7.3|1e-100000|test.reelrank.json:6:42: exchangeRates[0].rate: ",
                "\"rate\": 7.3|7.3000000000001|test.reelrank.json:6:42: exchangeRates[0].rate: ",
                "\"clipSeconds\": 5|5.0000e-100000|test.reelrank.json:26:55: products[0].prices[0].unit.clipSeconds: ",
                "\"clipSeconds\": 5|1e-10000000|test.reelrank.json:26:55: products[0].prices[0].unit.clipSeconds: ",
                "\"wins\": 1|1e-401|test.reelrank.json:31:25: products[0].votes.wins: ",
                "\"wins\": 1|1e99999999999|test.reelrank.json:31:25: products[0].votes.wins: ",
                "\"format\": 5|3e-100000|test.reelrank.json:2:13: format: ",
            })
    void aNumberTheWriterCouldNotWriteBack_isRefusedInOneLine(String field, String literal, String place) {
        String name = field.substring(0, field.indexOf(':') + 1);
        ProjectFileException e = refused(TestProjects.with(field, name + " " + literal));
        assertOneLine(e.getMessage(), place);
    }

    @Test
    void anAmountOfMoreDecimalPlacesThanAProjectKeeps_saysSo() {
        assertEquals(
                "test.reelrank.json:24:21: products[0].prices[0].amount: has more decimal places than a project"
                        + " keeps: at most 12 (got 0.0000000000001)",
                refused(TestProjects.with("\"amount\": 0.83", "\"amount\": 1e-13"))
                        .getMessage());
        assertEquals(
                "test.reelrank.json:24:21: products[0].prices[0].amount: is too long a number: written out in"
                        + " full it would have more than 400 digits (got 1e-401)",
                refused(TestProjects.with("\"amount\": 0.83", "\"amount\": 1e-401"))
                        .getMessage());
    }

    @Test
    void publishedScoresAndTheirIntervals_haveARange() {
        String rated = TestProjects.with("      \"votes\":", """
                      "published": [{"board": "lmarena-text-to-video", "date": "2025-03-01", "score": 1200,
                        "low": LOW, "high": 1210, "source": "s"}],
                      "votes":""");
        assertEquals(
                new BigDecimal("1190"),
                assertRead(rated.replace("LOW", "1190"))
                        .products()
                        .getFirst()
                        .published()
                        .getFirst()
                        .interval()
                        .orElseThrow()
                        .low());
        assertOneLine(refused(rated.replace("LOW", "-1e500")).getMessage(), "test.reelrank.json:32:");
        assertTrue(refused(rated.replace("LOW", "-2e6"))
                .getMessage()
                .endsWith("products[0].published[0].low: must be from -1e6 to 1e6 (got -2000000)"));
        assertTrue(refused(rated.replace("LOW", "1190.0000000000001"))
                .getMessage()
                .endsWith("products[0].published[0].low: has more decimal places than a project keeps: at most 12"
                        + " (got 1190.0000000000001)"));
    }

    private static Project assertRead(String json) {
        return Assertions.assertDoesNotThrow(() -> read(json));
    }

    @ParameterizedTest(name = "{0} reads as {1}")
    @CsvSource({
        "1e-12, 0.000000000001",
        "0.000000000001, 0.000000000001",
        "123456789.123456789, 123456789.123456789",
        "1E+5, 100000",
        "-0, 0",
        "0.0000, 0.0000",
        "0.5000000000000000000, 0.5",
        "1000000000, 1000000000",
        "1e9, 1000000000",
    })
    void anAcceptedAmount_isWrittenInFull_andReadsBackEqual(String literal, String expected) throws Exception {
        Project project = read(TestProjects.with("\"amount\": 0.83", "\"amount\": " + literal));
        BigDecimal amount = project.products().getFirst().compared().price().amount();
        assertEquals(new BigDecimal(expected), amount);
        byte[] once = written(project);
        assertTrue(new String(once, StandardCharsets.UTF_8).contains("\"amount\": " + expected + ",\n"));
        Project again = ProjectReader.read(new ByteArrayInputStream(once), FILE);
        assertEquals(project, again);
        assertArrayEquals(once, written(again));
    }

    @Test
    void theModelRefusesANumberTheFileCouldNotHold_soTheWindowCannotMakeOne() {
        InvalidValueException tiny = assertThrows(
                InvalidValueException.class,
                () -> new Price(new BigDecimal("1e-401"), Currency.getInstance("USD"), new PriceUnit.PerSecond()));
        assertEquals("amount", tiny.field());
        assertEquals("has more decimal places than a project keeps: at most 12 (got 1E-401)", tiny.getMessage());
        assertThrows(
                InvalidValueException.class,
                () -> new Price(new BigDecimal("1e-100000"), Currency.getInstance("USD"), new PriceUnit.PerSecond()));
        assertThrows(InvalidValueException.class, () -> new PriceUnit.PerCredit(new BigDecimal("1e-20"), 5));
        assertThrows(InvalidValueException.class, () -> PriceUnit.MonthlyPlan.ofSeconds(new BigDecimal("1e-20")));
        assertThrows(
                InvalidValueException.class,
                () -> PriceUnit.MonthlyPlan.ofSeconds(BigDecimal.TEN).withUtilisation(new BigDecimal("1e-20")));
    }

    @Test
    void aSaveOfBytesTheReaderWouldRefuse_isRefusedInOneLine_andTheOldFileStays() throws Exception {
        Path file = folder.resolve("p.reelrank.json");
        ProjectFiles.write(read(TestProjects.VALID), file);
        byte[] before = Files.readAllBytes(file);
        // What the writer made of an amount of 1e-401 before the model refused it.
        String unreadable = TestProjects.with("\"amount\": 0.83", "\"amount\": 0." + "0".repeat(400) + "1");
        FileProblem e = assertThrows(
                FileProblem.class, () -> ProjectFiles.readableBack(unreadable.getBytes(StandardCharsets.UTF_8), file));
        assertOneLine(
                e.getMessage(),
                "p.reelrank.json: nothing was written, because the file as it would be written"
                        + " could not be opened again (p.reelrank.json:24:");
        assertArrayEquals(before, Files.readAllBytes(file));
    }
}
