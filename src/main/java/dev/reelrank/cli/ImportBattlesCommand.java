package dev.reelrank.cli;

import dev.reelrank.io.BattleImportException;
import dev.reelrank.io.BattleImporter;
import dev.reelrank.io.FileProblem;
import dev.reelrank.io.ProjectFileException;
import dev.reelrank.io.ProjectFiles;
import dev.reelrank.model.BattleMerge;
import dev.reelrank.model.InvalidValueException;
import dev.reelrank.model.LocalText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Adds head-to-head votes from a CSV file to a project, saving it atomically. */
@Command(
        name = "import-battles",
        mixinStandardHelpOptions = true,
        versionProvider = ReelRankCommand.VersionLine.class,
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
        ProjectFiles.read(project); // a bad project is named before the CSV is read
        BattleImporter.Result imported = BattleImporter.read(csv, strict);
        if (imported.battles().counts().isEmpty()) {
            throw new UserInputException(csv + ": no valid rows to import");
        }
        // Merged into the file as it is when the lock is held, not as it was read above: another
        // import running at the same time then adds to this one's votes instead of replacing them.
        BattleMerge.Result[] merged = new BattleMerge.Result[1];
        try {
            ProjectFiles.update(project, before -> {
                merged[0] = BattleMerge.merge(
                        before,
                        imported.battles(),
                        true,
                        "Imported from " + csv.getFileName(),
                        LocalDate.now(ZoneId.systemDefault()));
                if (strict && !merged[0].sameProduct().isEmpty()) {
                    // As any other row that cannot be imported: under --strict, the import fails there.
                    BattleMerge.SameProduct first = merged[0].sameProduct().getFirst();
                    throw new UserInputException(csv + ":" + first.firstLine() + ": "
                            + LocalText.of(
                                            "csv.strict",
                                            LocalText.of(
                                                    "csv.sameProduct", first.first(), first.second(), first.product()))
                                    .english()
                            + "; nothing was written");
                }
                return merged[0].project();
            });
        } catch (ProjectFileException e) {
            throw e;
        } catch (InvalidValueException e) {
            // The merge would break a rule of the project (more than 10,000 products, a pair past
            // 1e12 votes): bad input, said in one line; the file is left as it was.
            throw new UserInputException(project + ": importing " + csv.getFileName() + " would leave a project that "
                    + e.getMessage() + "; nothing was written");
        } catch (FileProblem e) {
            throw new UserInputException(project + ": " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + project + ": " + IoProblems.describe(e), e);
        }
        BattleMerge.Result done = merged[0];
        var out = spec.commandLine().getOut();
        out.printf(
                Locale.ROOT,
                "imported %,d votes (%,d pairs) from %s into %s%n",
                done.battles(),
                done.pairs(),
                csv.getFileName(),
                project);
        if (!done.addedProducts().isEmpty()) {
            out.printf(
                    Locale.ROOT,
                    "added %,d products without a price: %s%n",
                    done.addedProducts().size(),
                    firstNames(done.addedProducts()));
        }
        if (imported.skipped() > 0) {
            spec.commandLine()
                    .getErr()
                    .printf(
                            Locale.ROOT,
                            "warning: skipped %,d malformed rows of %,d (first: %s)%n",
                            imported.skipped(),
                            imported.rows(),
                            imported.problems().getFirst());
        }
        if (!done.sameProduct().isEmpty()) {
            spec.commandLine()
                    .getErr()
                    .printf(
                            Locale.ROOT,
                            "warning: skipped %,d rows of %,d whose two names are one product (first: %s)%n",
                            done.sameProductRows(),
                            imported.rows(),
                            done.sameProduct().getFirst().explanation().english());
        }
        return ExitCodes.OK;
    }

    /** At most this many new names are listed; thousands made one line of a whole screen. */
    static final int NAMES_SHOWN = 10;

    /** The first names, in the order the file first names them, then "and N more". */
    static String firstNames(List<String> names) {
        String shown = String.join(", ", names.subList(0, Math.min(NAMES_SHOWN, names.size())));
        return names.size() <= NAMES_SHOWN
                ? shown
                : String.format(Locale.ROOT, "%s and %,d more", shown, names.size() - NAMES_SHOWN);
    }
}
