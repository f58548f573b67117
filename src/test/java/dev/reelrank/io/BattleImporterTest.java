package dev.reelrank.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.model.ImportedBattles;
import dev.reelrank.model.PairTally;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BattleImporterTest {
    private static BattleImporter.Result read(String csv, boolean strict) throws Exception {
        return read(csv.getBytes(StandardCharsets.UTF_8), strict);
    }

    private static BattleImporter.Result read(byte[] csv, boolean strict) throws Exception {
        return BattleImporter.read(new ByteArrayInputStream(csv), "battles.csv", strict);
    }

    private static PairTally counts(ImportedBattles battles, String first, String second) {
        int a = battles.names().indexOf(first);
        int b = battles.names().indexOf(second);
        PairTally c = battles.counts().get(ImportedBattles.key(a, b));
        return a < b ? c : c.swapped();
    }

    @Test
    void battles_areTalliedPerPair_tiesOfBothKindsCounted() throws Exception {
        var result = read("""
                model_a,model_b,winner
                Veo 2,Kling 1.5,model_a
                Kling 1.5,Veo 2,model_a
                Veo 2,Kling 1.5,tie
                Kling 1.5,Veo 2,tie (bothbad)
                Sora,Veo 2,model_b
                """, false);
        assertEquals(List.of("Veo 2", "Kling 1.5", "Sora"), result.battles().names());
        assertEquals(new PairTally(1, 1, 2), counts(result.battles(), "Veo 2", "Kling 1.5"));
        assertEquals(new PairTally(0, 1, 0), counts(result.battles(), "Sora", "Veo 2"));
        assertEquals(5, result.rows());
        assertEquals(0, result.skipped());
        assertEquals("battles", result.format());
    }

    @Test
    void tallies_areRead_andHeaderColumnsMayComeInAnyOrderWithExtras() throws Exception {
        var result = read("""
                ties,a,b,a_wins,b_wins,note
                3,Veo 2,Sora,10,7,from our panel
                1,Sora,Veo 2,2,0,
                """, false);
        assertEquals(new PairTally(10, 9, 4), counts(result.battles(), "Veo 2", "Sora"));
        assertEquals("tallies", result.format());
    }

    @Test
    void quotedNames_withCommasAndQuotes_andAByteOrderMark() throws Exception {
        byte[] csv = "\uFEFFmodel_a,model_b,winner\r\n\"Gen-3, \"\"Alpha\"\"\",Veo 2,model_a\r\n"
                .getBytes(StandardCharsets.UTF_8);
        var result = read(csv, false);
        assertEquals(List.of("Gen-3, \"Alpha\"", "Veo 2"), result.battles().names());
    }

    @Test
    void aQuotedFieldHoldingANewline_isOneField_asInASpreadsheet_andTheRecordIsNumberedByItsFirstLine()
            throws Exception {
        var result = read("a,b,a_wins,b_wins,ties,note\nGen-3,Veo 2,1,0,0,\"two\nlines\"\nVeo 2,Sora,1,0,x,\n", false);
        assertEquals(List.of("Gen-3", "Veo 2"), result.battles().names(), "no phantom product 'lines\"'");
        assertEquals(2, result.rows());
        assertTrue(
                result.problems().getFirst().toString().startsWith("line 4: ties is not a whole number"),
                result.problems().getFirst().toString());
        // A name is one line (model.SafeText): a quoted name holding a newline is one malformed row.
        var name = read("model_a,model_b,winner\n\"Gen-3\nAlpha\",Veo 2,model_a\nVeo 2,Sora,bad\n", false);
        assertEquals(List.of(), name.battles().names(), "no phantom product 'Alpha\"'");
        assertEquals(2, name.rows());
        assertEquals(
                List.of(
                        "line 2: model_a holds U+000A, a control character, at character 6; names and texts may not"
                                + " hold control characters (ESC, DEL and the like), bidirectional formatting or lone surrogates",
                        "line 4: unknown winner \"bad\"; expected model_a, model_b, tie or tie (bothbad)"),
                name.problems().stream().map(Object::toString).toList());
    }

    @Test
    void aQuotedField_keepsItsLineBreaksAsWritten_crLfAndEmptyLinesToo() throws Exception {
        // Found by CsvPropertiesTest against Commons CSV: CR LF inside a quoted field came back as LF,
        // and an empty line inside one was dropped.
        byte[] csv = "a,\"x\r\n\r\ny\"\r\n\nb,\"\n\"\n".getBytes(StandardCharsets.UTF_8);
        try (CsvLines lines = new CsvLines(new ByteArrayInputStream(csv))) {
            assertEquals(List.of("a", "x\r\n\r\ny"), lines.next().fields());
            CsvLines.Line second = lines.next();
            assertEquals(List.of("b", "\n"), second.fields());
            assertEquals(5, second.number());
            assertEquals(null, lines.next());
        }
    }

    @Test
    void aStrayQuote_costsItsOwnRowOnly() throws Exception {
        StringBuilder csv = new StringBuilder("model_a,model_b,winner\n\"Veo 2,Sora,model_a\n");
        for (int i = 0; i < 150; i++) {
            csv.append("Veo 2,Sora,model_a\n");
        }
        var result = read(csv.toString(), false);
        assertEquals(1, result.skipped());
        assertEquals(150, result.battles().battles(), "every row after the stray quote is read");
        assertTrue(
                result.problems().getFirst().toString().startsWith("line 2: has an unterminated quoted field"),
                result.problems().getFirst().toString());
    }

    static Stream<Arguments> malformedRows() {
        return Stream.of(
                Arguments.of("wrong column count", "Veo 2,Sora", "line 2: has 2 fields; the header has 3"),
                Arguments.of(
                        "unknown winner",
                        "Veo 2,Sora,draw",
                        "line 2: unknown winner \"draw\"; expected model_a," + " model_b, tie or tie (bothbad)"),
                Arguments.of("model against itself", "Veo 2,veo 2,model_a", "line 2: a model against itself"),
                Arguments.of("empty name", " ,Sora,model_a", "line 2: model_a is empty"),
                Arguments.of("unterminated quote", "\"Veo 2,Sora,model_a", "line 2: has an unterminated quoted field"),
                Arguments.of(
                        "text after a closing quote",
                        "\"Veo 2\"junk,Sora,model_a",
                        "line 2: has text after a closing quote"),
                // Issue 16, item 5: names that could drive a terminal or reorder what it shows.
                Arguments.of(
                        "an escape in a name",
                        "\"Veo\u001b[2J 2\",Sora,model_a",
                        "line 2: model_a holds U+001B, a control character, at character 4;"),
                Arguments.of(
                        "a C1 control in a name",
                        "Veo 2,Sora\u009b31m,model_a",
                        "line 2: model_b holds U+009B, a control character, at character 5;"),
                Arguments.of("a delete in a name", "Veo\u007f 2,Sora,model_a", "line 2: model_a holds U+007F"),
                Arguments.of(
                        "a bidi override in a name",
                        "Veo 2,\u202earoS,model_a",
                        "line 2: model_b holds U+202E, a bidirectional formatting character, at character 1;"),
                Arguments.of("a bidi isolate in a name", "Veo 2\u2066,Sora,model_a", "line 2: model_a holds U+2066"),
                Arguments.of(
                        "a left-to-right mark in a name", "Veo 2,So\u200era,model_a", "line 2: model_b holds U+200E"),
                Arguments.of("a tab in a name", "Veo\t2,Sora,model_a", "line 2: model_a holds U+0009"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedRows")
    void malformedRow_isSkippedAndCounted_orFailsTheImportWhenStrict(String kind, String row, String problem)
            throws Exception {
        String csv = "model_a,model_b,winner\n" + row + "\nVeo 2,Sora,model_a\n";
        var result = read(csv, false);
        assertEquals(1, result.skipped());
        assertEquals(2, result.rows());
        assertTrue(
                result.problems().getFirst().toString().startsWith(problem),
                result.problems().getFirst().toString());
        assertEquals(1, result.battles().battles(), "the good row still counts");
        var e = assertThrows(BattleImportException.class, () -> read(csv, true));
        assertTrue(e.getMessage().startsWith("battles.csv:2: "), e.getMessage());
    }

    @Test
    void invalidUtf8_inOneRow_skipsThatRowOnly() throws Exception {
        var bytes = new ByteArrayOutputStream();
        bytes.writeBytes("model_a,model_b,winner\nVeo 2,Sora,model_a\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {'K', (byte) 0xFF, ',', 'S', ',', 'm', 'o', 'd', 'e', 'l', '_', 'a', '\n'});
        bytes.writeBytes("可灵 1.6,Sora,model_b\n".getBytes(StandardCharsets.UTF_8));
        var result = read(bytes.toByteArray(), false);
        assertEquals(1, result.skipped());
        assertEquals(
                "line 3: is not valid UTF-8 text", result.problems().getFirst().toString());
        assertTrue(result.battles().names().contains("可灵 1.6"));
    }

    @Test
    void aLoneSurrogate_encodedAsUtf8Bytes_isNotValidUtf8_andSkipsThatRowOnly() throws Exception {
        var bytes = new ByteArrayOutputStream();
        bytes.writeBytes("model_a,model_b,winner\nVeo 2,Sora,model_a\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {'K', (byte) 0xED, (byte) 0xA0, (byte) 0x80, ',', 'S', ',', 't', 'i', 'e', '\n'});
        var result = read(bytes.toByteArray(), false);
        assertEquals(1, result.skipped());
        assertEquals(
                "line 3: is not valid UTF-8 text", result.problems().getFirst().toString());
        assertEquals(List.of("Veo 2", "Sora"), result.battles().names());
    }

    @Test
    void badTallyCounts_areMalformedRows() throws Exception {
        var result = read("a,b,a_wins,b_wins,ties\nVeo 2,Sora,-1,2,0\nVeo 2,Sora,1.5,2,0\nVeo 2,Sora,4,2,0\n", false);
        assertEquals(2, result.skipped());
        assertTrue(result.problems().getFirst().message().startsWith("a_wins is not a whole number"));
    }

    @Test
    void unknownHeader_andEmptyFile_failTheImport() {
        var header = assertThrows(BattleImportException.class, () -> read("winner,loser\nA,B\n", false));
        assertTrue(header.getMessage().contains("unrecognised header"), header.getMessage());
        var empty = assertThrows(BattleImportException.class, () -> read("", false));
        assertTrue(empty.getMessage().contains("the file is empty"));
    }

    @Test
    void cellOrder_doesNotDependOnTheOrderRowsCameIn() throws Exception {
        var one = read("model_a,model_b,winner\nA,B,model_a\nC,D,model_b\nB,C,tie\n", false)
                .battles();
        var other = read("model_a,model_b,winner\nB,C,tie\nC,D,model_b\nA,B,model_a\n", false)
                .battles();
        assertEquals(
                List.copyOf(one.counts().keySet()).stream().sorted().toList(),
                List.copyOf(one.counts().keySet()));
        assertEquals(
                List.copyOf(other.counts().keySet()).stream().sorted().toList(),
                List.copyOf(other.counts().keySet()));
    }
}
