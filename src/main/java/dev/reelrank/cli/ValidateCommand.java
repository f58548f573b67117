package dev.reelrank.cli;

import dev.reelrank.io.ProjectFileException;
import dev.reelrank.io.ProjectFiles;
import dev.reelrank.model.Project;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Checks a project file without changing it. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = ReelRankCommand.VersionLine.class,
        description = "Check a project file; prints a summary or the first problem.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The .reelrank.json file to check; it is only read.")
    private Path file;

    @Override
    public Integer call() throws ProjectFileException, IOException {
        Project project = ProjectFiles.read(file);
        spec.commandLine().getOut().printf("ok: %d products, %d price options, %d vote tallies%n",
                project.products().size(), project.priceOptionCount(), project.voteTallyCount());
        return ExitCodes.OK;
    }
}
