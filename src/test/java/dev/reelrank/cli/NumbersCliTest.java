package dev.reelrank.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.testing.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 16: an amount of 1e-401 passed {@code validate}, and {@code import-battles} then wrote it
 * as a 402-digit decimal that nothing could open again; with 1e-100000 the import failed with
 * Jackson's own message (exit 1). Now {@code validate} refuses such a number in one line, and no
 * command writes it.
 */
class NumbersCliTest {
    @TempDir
    Path folder;

    private static CliRun run(String... args) {
        return CliRun.of(new Cli(CliRun.noWindow()), args);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e-401", "1e-100000", "1e99999999999", "-1e-10000000"})
    void anAmountTheFileCouldNotHoldWrittenOut_isRefusedByValidate_andNeverWritten(String literal) throws Exception {
        Path project = folder.resolve("p.reelrank.json");
        assertEquals(0, run("sample", "--out", project.toString()).code());
        String sample = Files.readString(project);
        String first = "\"amount\": 0.1,";
        assertTrue(sample.contains(first));
        Files.writeString(project, sample.replaceFirst(first, "\"amount\": " + literal + ","));
        byte[] before = Files.readAllBytes(project);

        CliRun validated = run("validate", project.toString());
        assertEquals(2, validated.code(), validated.out() + validated.err());
        assertEquals(1, validated.errLines().size(), validated.err());
        String line = validated.err();
        assertTrue(
                line.matches("error: .*p\\.reelrank\\.json:\\d+:\\d+: products\\[0]\\.prices\\[0]\\.amount: .*\\R"),
                line);
        assertTrue(line.length() < 400, line.length() + " characters");

        Path csv = Files.writeString(folder.resolve("b.csv"), "model_a,model_b,winner\nkling-1.0,kling-1.5,model_a\n");
        CliRun imported = run("import-battles", csv.toString(), "--into", project.toString());
        assertEquals(2, imported.code(), imported.out() + imported.err());
        assertEquals(1, imported.errLines().size(), imported.err());
        assertFalse(
                imported.err().contains("Jackson")
                        || imported.err().contains("BigDecimal")
                        || imported.err().contains("unexpected failure"),
                imported.err());
        assertArrayEquals(before, Files.readAllBytes(project), "the project is as it was");
    }
}
