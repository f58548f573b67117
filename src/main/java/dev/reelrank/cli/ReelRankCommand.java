package dev.reelrank.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;

/** {@code reelrank [PROJECT]} opens the window; a subcommand runs headless. */
@Command(
        name = "reelrank",
        mixinStandardHelpOptions = true,
        versionProvider = ReelRankCommand.VersionLine.class,
        description = "Compare AI video generators on cost and blind-test ratings.%n"
                + "Without a command, opens the window on PROJECT or on the default dataset.",
        subcommands = {
            SampleCommand.class,
            ValidateCommand.class,
            RatingsCommand.class,
            ImportBattlesCommand.class,
            ExportBattlesCommand.class,
            ScenarioCommand.class
        })
final class ReelRankCommand implements Callable<Integer> {
    private final WindowOpener windowOpener;

    @Parameters(arity = "0..1", paramLabel = "PROJECT", description = "A .reelrank.json file to open.")
    private Path project;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show the full stack trace of an error.")
    boolean debug;

    @Option(names = "--smoke", description = "Open the window, print the time to the first painted chart, and exit.")
    boolean smoke;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    ReelRankCommand(WindowOpener windowOpener) {
        this.windowOpener = windowOpener;
    }

    @Override
    public Integer call() {
        if (project != null && !Files.exists(project)) {
            // Said here, before the window: a mistyped command word is not a failure to open a display.
            String name = project.toString();
            boolean commandLike = project.getNameCount() == 1 && name.indexOf('.') < 0;
            throw new UserInputException(name + ": no such file"
                    + (commandLike
                            ? ", and not a command (commands: "
                                    + String.join(", ", spec.subcommands().keySet()) + ")"
                            : ""));
        }
        return openWindow(windowOpener, project, smoke, spec.commandLine().getOut());
    }

    /** Opens the window on {@code project} (null: the default dataset); a smoke test prints its first paint. */
    static int openWindow(WindowOpener windowOpener, Path project, boolean smoke, PrintWriter out) {
        if (smoke) {
            long millis = windowOpener.smoke(project);
            out.printf(Locale.ROOT, "first paint in %d ms%n", millis);
            return ExitCodes.OK;
        }
        return windowOpener.open(project);
    }

    static final class VersionLine implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {Version.line()};
        }
    }
}
