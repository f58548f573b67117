package dev.reelrank.cli;

import dev.reelrank.io.ProjectFileException;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The command line: results on stdout, each error as one line on stderr starting with
 * {@code error:}; exit 0 on success, 2 for bad input or usage, 1 for a failure while running.
 */
public final class Cli {
    private final WindowOpener windowOpener;
    private final ImageExporter imageExporter;

    public Cli(WindowOpener windowOpener, ImageExporter imageExporter) {
        this.windowOpener = windowOpener;
        this.imageExporter = imageExporter;
    }

    public Cli(WindowOpener windowOpener) {
        this(windowOpener, ImageExporter.unavailable());
    }

    /** Runs one command line on the process's standard streams. */
    public int run(String[] args) {
        var out = new PrintWriter(new OutputStreamWriter(System.out, System.out.charset()), true);
        var err = new PrintWriter(new OutputStreamWriter(System.err, System.err.charset()), true);
        return run(args, out, err);
    }

    /** Runs one command line and returns its exit code; never throws. */
    public int run(String[] args, PrintWriter rawOut, PrintWriter rawErr) {
        boolean debug = Arrays.asList(args).contains("--debug");
        // No ESC (or other character a name may not hold) reaches the terminal, whatever a path,
        // an argument or a quoted value holds; so help is printed without ANSI colours too.
        PrintWriter out = new PrintWriter(new TerminalSafeWriter(rawOut), true);
        PrintWriter err = new PrintWriter(new TerminalSafeWriter(rawErr), true);
        CommandLine commandLine = new CommandLine(new ReelRankCommand(windowOpener))
                .addSubcommand("export", new ExportCommand(imageExporter))
                .setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF))
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(usageProblem(err))
                .setExecutionExceptionHandler(failure(err, debug));
        try {
            return commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            // Reached once the failed command's data is unreachable, so there is memory to say it.
            err.println(OUT_OF_MEMORY);
            return ExitCodes.FAILURE;
        } catch (StackOverflowError e) {
            err.println("error: the input is nested too deeply to process (stack overflow)");
            return ExitCodes.FAILURE;
        } catch (RuntimeException | Error e) {
            err.println("error: " + oneLine("unexpected failure (" + e + "); run again with --debug for details"));
            if (debug) {
                e.printStackTrace(err);
            }
            return ExitCodes.FAILURE;
        } finally {
            out.flush();
            err.flush();
            rawOut.flush();
            rawErr.flush();
        }
    }

    private static IParameterExceptionHandler usageProblem(PrintWriter err) {
        return (ParameterException e, String[] args) -> {
            err.println("error: " + oneLine(e.getMessage()));
            e.getCommandLine().usage(err);
            return ExitCodes.BAD_INPUT;
        };
    }

    private static IExecutionExceptionHandler failure(PrintWriter err, boolean debug) {
        return (Exception e, CommandLine commandLine, ParseResult parseResult) -> {
            int code = switch (e) {
                case ProjectFileException p -> ExitCodes.BAD_INPUT;
                case UserInputException u -> ExitCodes.BAD_INPUT;
                case dev.reelrank.io.BattleImportException b -> ExitCodes.BAD_INPUT;
                case CommandFailure f -> f.exitCode();
                default -> ExitCodes.FAILURE;
            };
            err.println(outOfMemory(e) ? OUT_OF_MEMORY : "error: " + oneLine(message(e)));
            if (debug) {
                e.printStackTrace(err);
            }
            return code;
        };
    }

    private static String message(Exception e) {
        return switch (e) {
            case ProjectFileException p -> p.getMessage();
            case UserInputException u -> u.getMessage();
            case dev.reelrank.io.BattleImportException b -> b.getMessage();
            case UncheckedIOException u -> u.getMessage();
            case CommandFailure f -> f.getMessage();
            case IOException io -> IoProblems.describe(io);
            default -> "unexpected failure (" + e + "); run again with --debug for details";
        };
    }

    private static final String OUT_OF_MEMORY = "error: out of memory; give Java more with -Xmx (for example "
            + "JAVA_TOOL_OPTIONS=-Xmx4g), or split the input";

    /** An OutOfMemoryError, or a failure caused by one on another thread (the bootstrap's workers). */
    private static boolean outOfMemory(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
