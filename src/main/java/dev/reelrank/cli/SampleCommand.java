package dev.reelrank.cli;

import dev.reelrank.io.DefaultDataset;
import dev.reelrank.io.ProjectFiles;
import dev.reelrank.model.DemoVotes;
import dev.reelrank.model.Project;
import dev.reelrank.model.VoteTally;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes the embedded default dataset as a project file to start from. */
@Command(
        name = "sample",
        mixinStandardHelpOptions = true,
        versionProvider = ReelRankCommand.VersionLine.class,
        description = "Write the default dataset (with its sources) as a project file.")
final class SampleCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the project file.")
    private Path out;

    @Option(names = "--force", description = "Replace FILE if it already exists.")
    private boolean force;

    @Option(names = "--demo-votes", description = "Add illustrative vote tallies, marked sample data, for a demo.")
    private boolean demoVotes;

    @Override
    public Integer call() {
        OutputFile.checkReplaceable(out, force, "sample" + ProjectFiles.EXTENSION);
        Project project = demoVotes ? DemoVotes.addTo(DefaultDataset.load()) : DefaultDataset.load();
        try {
            ProjectFiles.write(project, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + IoProblems.describe(e), e);
        }
        long sampled = project.products().stream()
                .filter(p -> p.votes().map(VoteTally::sample).orElse(false))
                .count();
        spec.commandLine()
                .getOut()
                .printf(
                        Locale.ROOT,
                        "wrote %s: %d products%s%n",
                        out,
                        project.products().size(),
                        sampled == 0
                                ? ""
                                : String.format(
                                        Locale.ROOT,
                                        ", %d with vote counts that are sample data, not published",
                                        sampled));
        return ExitCodes.OK;
    }
}
