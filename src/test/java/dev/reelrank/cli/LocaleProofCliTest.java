package dev.reelrank.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.io.ProjectFiles;
import dev.reelrank.testing.CliRun;
import dev.reelrank.testing.DefaultLocale;
import dev.reelrank.testing.TestProjects;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's output does not depend on the locale (issue 16, item 6): the same commands
 * print the same bytes under de_DE (decimal comma), tr_TR (dotless i) and ar_EG (Arabic-Indic
 * digits) as under en_US, and stdout and stderr are UTF-8 even where the JVM's own streams are ASCII.
 */
class LocaleProofCliTest {
    private static final List<Locale> LOCALES = List.of(
            Locale.GERMANY,
            Locale.forLanguageTag("tr-TR"),
            Locale.forLanguageTag("ar-EG"),
            Locale.forLanguageTag("hi-IN-u-nu-deva"));
    /** Any decimal digit that is not 0-9: Arabic-Indic, Devanagari, ... */
    private static final Pattern NON_LATIN_DIGIT = Pattern.compile("[\\p{Nd}&&[^0-9]]");

    @TempDir
    Path folder;

    private static CliRun run(String... args) {
        return CliRun.of(new Cli(CliRun.noWindow()), args);
    }

    /** Every command that prints a number, each run in a fresh folder so paths in the output repeat. */
    private String everything(Path in) throws Exception {
        Files.createDirectories(in);
        StringBuilder said = new StringBuilder();
        Path sample = in.resolve("sample.reelrank.json");
        List<String[]> commands = new ArrayList<>();
        commands.add(new String[] {"sample", "--demo-votes", "--out", sample.toString()});
        commands.add(new String[] {"validate", sample.toString()});
        commands.add(new String[] {"ratings", sample.toString(), "--source", "published"});
        commands.add(new String[] {"ratings", sample.toString(), "--source", "published", "--format", "csv"});
        commands.add(new String[] {"scenario", sample.toString()});
        commands.add(new String[] {"scenario", sample.toString(), "--format", "csv"});
        commands.add(new String[] {"scenario", "--cost-per-clip", "1234.5", "--uploads-per-day", "1000000"});
        Path battles = Files.writeString(
                in.resolve("battles.csv"),
                "model_a,model_b,winner\n"
                        + "Veo 2,Kling 1.6,model_a\n".repeat(1200) + "Veo 2,Kling 1.6,model_b\n".repeat(1100)
                        + "Sora,Veo 2,tie\n".repeat(30) + "only,two\n");
        commands.add(new String[] {"ratings", "--battles", battles.toString(), "--bootstrap", "20", "--seed", "1"});
        commands.add(new String[] {
            "ratings", "--battles", battles.toString(), "--bootstrap", "20", "--seed", "1", "--format", "csv"
        });
        Path project = in.resolve("market.reelrank.json");
        ProjectFiles.write(TestProjects.market(), project);
        commands.add(new String[] {"import-battles", battles.toString(), "--into", project.toString()});
        commands.add(new String[] {"validate", project.toString()});
        // Errors too: a folder where a file is wanted ("Is a directory" lower-cased in Turkish is "ıs").
        commands.add(new String[] {"validate", in.toString()});
        commands.add(new String[] {"import-battles", in.toString(), "--into", project.toString()});
        commands.add(new String[] {
            "sample",
            "--out",
            in.resolve("battles.csv").resolve("x.reelrank.json").toString()
        });
        commands.add(new String[] {"ratings", "--battles", in.toString()});
        for (String[] command : commands) {
            CliRun run = run(command);
            said.append("$ ")
                    .append(String.join(" ", command).replace(in.toString(), "IN"))
                    .append('\n')
                    .append(run.code())
                    .append('\n')
                    .append(run.out().replace(in.toString(), "IN"))
                    .append(run.err().replace(in.toString(), "IN"));
        }
        return said.toString();
    }

    @Test
    void everyCommand_printsTheSameBytes_underEveryLocale() throws Exception {
        String english = DefaultLocale.during(Locale.US, () -> everything(folder.resolve("en")));
        assertTrue(english.contains("ok: 25 products"), english);
        assertFalse(NON_LATIN_DIGIT.matcher(english).find());
        for (Locale locale : LOCALES) {
            String there = DefaultLocale.during(locale, () -> everything(folder.resolve(locale.toLanguageTag())));
            assertEquals(english, there, "under " + locale);
        }
    }

    @Test
    void aSystemErrorsReason_isLowerCasedTheSameInTurkey() throws Exception {
        var reason = new FileSystemException("x", null, "Is a directory");
        assertEquals(
                "is a directory",
                DefaultLocale.during(Locale.forLanguageTag("tr-TR"), () -> IoProblems.describe(reason)));
    }

    /** What the JVM makes of a Chinese argument under LC_ALL=C, and what /proc/self/cmdline still holds. */
    @Test
    void argumentsTheJvmCouldNotRead_areReadAgainFromTheBytesTyped() {
        String lost = "/tmp/" + "\uFFFD".repeat(6) + "/x.reelrank.json";
        List<byte[]> typed = Stream.of("/usr/bin/java", "-jar", "reelrank.jar", "validate", "/tmp/测试/x.reelrank.json")
                .map(a -> a.getBytes(StandardCharsets.UTF_8))
                .toList();
        assertEquals(
                List.of("validate", "/tmp/测试/x.reelrank.json"),
                List.of(RawArguments.recover(new String[] {"validate", lost}, typed)));
        // Bytes that do not match what the JVM read are not taken: the argument stays as read.
        List<byte[]> other = Stream.of("validate", "/tmp/测试/y.reelrank.json")
                .map(a -> a.getBytes(StandardCharsets.UTF_8))
                .toList();
        assertEquals(lost, RawArguments.recover(new String[] {"validate", lost}, other)[1]);
        assertEquals(lost, RawArguments.recover(new String[] {"validate", lost}, typed.subList(4, 5))[1]);
    }

    @Test
    void stdoutAndStderr_areUtf8_evenWhereTheJvmsStreamsAreAscii() throws Exception {
        Path project = folder.resolve("zh.reelrank.json");
        ProjectFiles.write(
                TestProjects.named("市场")
                        .perSecond("kling-1.6", "可灵 1.6", "Kuaishou", "0.35", "CNY", 10, 5, 1)
                        .build(),
                project);
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        // What the JVM sets up under LC_ALL=C: stdout.encoding and stderr.encoding are ANSI_X3.4-1968.
        System.setOut(new PrintStream(outBytes, true, StandardCharsets.US_ASCII));
        System.setErr(new PrintStream(errBytes, true, StandardCharsets.US_ASCII));
        int code;
        int missing;
        try {
            code = new Cli(CliRun.noWindow()).run(new String[] {"scenario", project.toString(), "--format", "csv"});
            missing = new Cli(CliRun.noWindow()).run(new String[] {
                "validate", folder.resolve("项目.reelrank.json").toString()
            });
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertEquals(0, code);
        assertTrue(
                outBytes.toString(StandardCharsets.UTF_8).contains("可灵 1.6"),
                outBytes.toString(StandardCharsets.UTF_8));
        assertEquals(2, missing);
        assertTrue(
                errBytes.toString(StandardCharsets.UTF_8).contains("项目.reelrank.json"),
                errBytes.toString(StandardCharsets.UTF_8));
    }
}
