package dev.reelrank.cli;

import dev.reelrank.io.BattleImportException;
import dev.reelrank.io.BattleImporter;
import dev.reelrank.io.ProjectFileException;
import dev.reelrank.io.ProjectFiles;
import dev.reelrank.model.BattleMerge;
import dev.reelrank.model.Project;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Adds head-to-head votes from a CSV file to a project, saving it atomically. */
@Command(name = "import-battles", mixinStandardHelpOptions = true, versionProvider = ReelRankCommand.VersionLine.class,
        description = "Add battles or tallies from a CSV file to a project's head-to-head votes.")
final class ImportBattlesCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "CSV", description = "model_a,model_b,winner battles, or a,b,a_wins,b_wins,ties tallies.")
    private Path csv;

    @Option(names = "--into", required = true, paramLabel = "PROJECT", description = "The project file to add them to.")
    private Path project;

    @Option(names = "--strict", description = "Fail on the first malformed row instead of skipping it.")
    private boolean strict;

    @Override
    public Integer call() throws IOException, ProjectFileException, BattleImportException {
        Project before = ProjectFiles.read(project);
        BattleImporter.Result imported = BattleImporter.read(csv, strict);
        if (imported.battles().counts().isEmpty()) {
            throw new UserInputException(csv + ": no valid rows to import");
        }
        BattleMerge.Result merged = BattleMerge.merge(before, imported.battles(), true,
                "Imported from " + csv.getFileName(), LocalDate.now());
        try {
            ProjectFiles.write(merged.project(), project);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + project + ": " + IoProblems.describe(e), e);
        }
        var out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "imported %,d votes (%,d pairs) from %s into %s%n", merged.battles(), merged.pairs(),
                csv.getFileName(), project);
        if (!merged.addedProducts().isEmpty()) {
            out.printf(Locale.ROOT, "added %d products without a price: %s%n", merged.addedProducts().size(),
                    String.join(", ", merged.addedProducts()));
        }
        if (imported.skipped() > 0) {
            spec.commandLine().getErr().printf(Locale.ROOT, "warning: skipped %,d malformed rows of %,d (first: %s)%n",
                    imported.skipped(), imported.rows(), imported.problems().getFirst());
        }
        return ExitCodes.OK;
    }
}
