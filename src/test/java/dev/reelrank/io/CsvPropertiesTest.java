package dev.reelrank.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Issue 16, item 4: the hand-written CSV reader ({@link CsvLines}, what {@link BattleImporter}
 * reads with) against Apache Commons CSV on random RFC 4180 input; and the CSV writer
 * ({@link CsvOut}) read back by Commons CSV and by CsvLines.
 */
class CsvPropertiesTest {
    /** Characters that make CSV hard: separators, quotes, line breaks, formula starts, non-ASCII (one outside the BMP). */
    private static Arbitrary<String> fields() {
        Arbitrary<String> pieces = Arbitraries.of(
                "a",
                "b",
                "Veo 2",
                " ",
                ",",
                "\"",
                "\"\"",
                "\r",
                "\n",
                "\r\n",
                "=",
                "+",
                "-",
                "@",
                "\t",
                "'",
                "0",
                "-0.5",
                "é",
                "可灵",
                "\uD83C\uDFAC",
                ";",
                "\\");
        return pieces.list().ofMinSize(0).ofMaxSize(6).map(list -> String.join("", list));
    }

    private static Arbitrary<List<List<String>>> rows() {
        return fields().list().ofMinSize(1).ofMaxSize(5).list().ofMinSize(1).ofMaxSize(8);
    }

    /** A file as RFC 4180 allows it to be written: how each field is quoted and each record ends is up to the writer. */
    record Written(List<List<String>> rows, String text) {}

    @Provide
    Arbitrary<Written> rfc4180Files() {
        return Combinators.combine(rows(), Arbitraries.randoms(), Arbitraries.of(true, false))
                .as((rows, random, endsLast) -> {
                    StringBuilder text = new StringBuilder();
                    for (int r = 0; r < rows.size(); r++) {
                        List<String> row = rows.get(r);
                        for (int f = 0; f < row.size(); f++) {
                            if (f > 0) {
                                text.append(',');
                            }
                            String field = row.get(f);
                            boolean mustQuote = field.contains(",")
                                    || field.contains("\"")
                                    || field.contains("\r")
                                    || field.contains("\n")
                                    || (row.size() == 1 && field.isEmpty());
                            text.append(
                                    mustQuote || random.nextInt(4) == 0
                                            ? "\"" + field.replace("\"", "\"\"") + "\""
                                            : field);
                        }
                        if (r < rows.size() - 1 || endsLast) {
                            text.append(random.nextBoolean() ? "\r\n" : "\n");
                        }
                        if (random.nextInt(6) == 0) {
                            text.append(random.nextBoolean() ? "\r\n" : "\n"); // an empty line between records
                        }
                    }
                    return new Written(rows, text.toString());
                });
    }

    @Property(tries = 2000, seed = "20261129")
    void csvLines_readsWhatCommonsCsvReads(@ForAll("rfc4180Files") Written file) throws IOException {
        List<List<String>> library = commons(file.text());
        assertEquals(file.rows(), library, "Commons CSV reads the rows written");
        assertEquals(library, csvLines(file.text()), file.text());
    }

    @Property(tries = 2000, seed = "20261129")
    void csvOut_writesWhatCommonsCsvAndCsvLinesReadBack_afterNeutralisation(@ForAll("rowLists") List<List<String>> rows)
            throws IOException {
        StringBuilder text = new StringBuilder();
        List<List<String>> expected = new ArrayList<>();
        for (List<String> row : rows) {
            text.append(CsvOut.record(row));
            expected.add(row.stream().map(CsvOut::neutralised).toList());
        }
        assertEquals(expected, commons(text.toString()), text.toString());
        assertEquals(expected, csvLines(text.toString()), text.toString());
    }

    @Provide
    Arbitrary<List<List<String>>> rowLists() {
        return rows();
    }

    @Property(tries = 1000, seed = "20261129")
    void neutralisedCells_neverStartAsAFormula_andPlainNumbersStayAsTheyAre(@ForAll("cells") String cell) {
        String shown = CsvOut.neutralised(cell);
        boolean number = cell.matches("-?[0-9]+(\\.[0-9]+)?");
        if (number) {
            assertEquals(cell, shown);
        } else {
            assertEquals(false, !shown.isEmpty() && "=+-@\t\r".indexOf(shown.charAt(0)) >= 0, shown);
            assertEquals(cell, shown.startsWith("'") && !cell.startsWith("'") ? shown.substring(1) : shown);
        }
    }

    @Provide
    Arbitrary<String> cells() {
        return Arbitraries.oneOf(
                fields(),
                Arbitraries.bigDecimals()
                        .between(new BigDecimal("-1e6"), new BigDecimal("1e6"))
                        .ofScale(3)
                        .map(BigDecimal::toPlainString),
                Arbitraries.integers().map(String::valueOf));
    }

    private static List<List<String>> commons(String text) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
        for (CSVRecord record : format.parse(new StringReader(text))) {
            rows.add(record.toList());
        }
        return rows;
    }

    private static List<List<String>> csvLines(String text) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (CsvLines lines = new CsvLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
            CsvLines.Line line;
            while ((line = lines.next()) != null) {
                assertEquals(null, line.problem(), "line " + line.number() + " of\n" + text);
                rows.add(line.fields());
            }
        }
        return rows;
    }
}
