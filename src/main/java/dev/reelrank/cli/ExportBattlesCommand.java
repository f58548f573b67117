package dev.reelrank.cli;

import dev.reelrank.io.AtomicFiles;
import dev.reelrank.io.BattlesCsv;
import dev.reelrank.io.FileProblem;
import dev.reelrank.io.ProjectFileException;
import dev.reelrank.io.ProjectFiles;
import dev.reelrank.model.BlindTest;
import dev.reelrank.model.Project;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Writes a project's blind-test votes as an LMArena-style battles CSV. */
@Command(
        name = "export-battles",
        mixinStandardHelpOptions = true,
        versionProvider = ReelRankCommand.VersionLine.class,
        description = "Write the votes of the blind tests run in ReelRank as model_a,model_b,winner battles,"
                + " with prompt and time columns.")
final class ExportBattlesCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PROJECT", description = "The project file whose votes to write.")
    private Path project;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the CSV file.")
    private Path out;

    @Option(names = "--test", paramLabel = "ID", description = "Only the votes of this blind test.")
    private String test;

    @Option(names = "--force", description = "Replace FILE if it already exists.")
    private boolean force;

    @Override
    public Integer call() throws IOException, ProjectFileException {
        Project read = ProjectFiles.read(project);
        if (test != null && read.blindTests().stream().noneMatch(t -> t.id().equals(test))) {
            throw new UserInputException(project + " holds no blind test " + test
                    + (read.blindTests().isEmpty()
                            ? ""
                            : " (it holds: "
                                    + String.join(
                                            ", ",
                                            read.blindTests().stream()
                                                    .map(BlindTest::id)
                                                    .toList())
                                    + ")"));
        }
        OutputFile.checkReplaceable(out, force, "battles.csv");
        long[] rows = new long[1];
        try {
            AtomicFiles.write(out, stream -> rows[0] = BattlesCsv.write(read, test, stream));
        } catch (FileProblem e) {
            throw new UserInputException(out + ": " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + IoProblems.describe(e), e);
        }
        spec.commandLine().getOut().printf(Locale.ROOT, "wrote %,d battles to %s%n", rows[0], out);
        return ExitCodes.OK;
    }
}
