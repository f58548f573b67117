package dev.reelrank.cli;

import dev.reelrank.io.BattleImportException;
import dev.reelrank.io.ProjectFileException;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

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

    /**
     * Runs one command line on the process's standard streams, written as UTF-8 whatever the locale:
     * under {@code LC_ALL=C} the JVM's own streams are ASCII and print {@code 可灵 1.6} as {@code ?? 1.6}.
     * UTF-8 is what every terminal, pipe and file reader ReelRank's users have reads; a terminal still
     * set to a legacy charset shows the bytes as it would those of any UTF-8 tool.
     */
    public int run(String[] args) {
        var out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        var err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        return run(RawArguments.recover(args), out, err);
    }

    /** Runs one command line and returns its exit code; never throws. */
    public int run(String[] args, PrintWriter rawOut, PrintWriter rawErr) {
        boolean debug = Arrays.asList(args).contains("--debug");
        // No ESC (or other character a name may not hold) reaches the terminal, whatever a path,
        // an argument or a quoted value holds; so help is printed without ANSI colours too. And a
        // printf without a locale formats as Locale.ROOT: the command line's numbers never follow it.
        PrintWriter out = new LocaleFree(new PrintWriter(new TerminalSafeWriter(rawOut), true));
        PrintWriter err = new LocaleFree(new PrintWriter(new TerminalSafeWriter(rawErr), true));
        try {
            WindowStart window = WindowStart.of(args);
            return window != null ? openWindow(window, out, err) : execute(args, out, err, debug);
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

    /**
     * The window and nothing else, as a double-click on the launcher or on a project file asks for it
     * (or {@code --smoke}, which times that start). There is no command line to read then, so
     * picocli's model of every command, about 130 ms to build on the way to the window, is not built.
     * A file qualifies when it is there and named as project files are: no command's name ends in
     * {@code .json}, and a file that is not there is for picocli to explain.
     *
     * @param file  the project to open, or null for the default dataset
     * @param smoke time the start and close the window once painted
     */
    private record WindowStart(Path file, boolean smoke) {
        /** The window start these arguments ask for, or null when they are a command line to read. */
        static WindowStart of(String[] args) {
            if (args.length == 0) {
                return new WindowStart(null, false);
            }
            boolean smoke = args[0].equals("--smoke");
            if (args.length == 1 && smoke) {
                return new WindowStart(null, true);
            }
            // --smoke FILE times a double-click on FILE, so it takes the same way to the window.
            if (args.length != (smoke ? 2 : 1)) {
                return null;
            }
            Path file = projectFile(args[args.length - 1]);
            return file == null ? null : new WindowStart(file, smoke);
        }

        private static Path projectFile(String arg) {
            if (arg.startsWith("-") || !arg.toLowerCase(Locale.ROOT).endsWith(".json")) {
                return null;
            }
            try {
                Path file = Path.of(arg);
                return Files.isRegularFile(file) ? file : null;
            } catch (InvalidPathException e) {
                return null;
            }
        }
    }

    private int openWindow(WindowStart window, PrintWriter out, PrintWriter err) {
        try {
            return ReelRankCommand.openWindow(windowOpener, window.file(), window.smoke(), out);
        } catch (CommandFailure e) {
            return failed(e, err, false);
        }
    }

    private int execute(String[] args, PrintWriter out, PrintWriter err, boolean debug) {
        CommandLine commandLine = new CommandLine(new ReelRankCommand(windowOpener))
                .addSubcommand("export", new ExportCommand(imageExporter))
                .setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF))
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(usageProblem(err))
                .setExecutionExceptionHandler(failure(err, debug));
        // After every subcommand is added: a converter reaches only the commands there are.
        commandLine.registerConverter(Path.class, RawArguments::path);
        return commandLine.execute(args);
    }

    /**
     * A writer whose {@code printf} and {@code format} without a locale write numbers as
     * {@link Locale#ROOT} does (1234.5, never 1.234,5 or ١٢٣٤٫٥): the command line's output must not
     * depend on the user's locale. Every command prints through one of these.
     */
    private static final class LocaleFree extends PrintWriter {
        LocaleFree(PrintWriter out) {
            super(out, true);
        }

        @Override
        public PrintWriter format(String format, Object... args) {
            return format(Locale.ROOT, format, args);
        }
    }

    private static IParameterExceptionHandler usageProblem(PrintWriter err) {
        return (ParameterException e, String[] args) -> {
            if (e.getCause() instanceof RawArguments.Unopenable unopenable) {
                err.println("error: " + unopenable.getMessage());
                return ExitCodes.BAD_INPUT;
            }
            // One line, never the whole usage (7 to 26 lines): it names the help that has it.
            err.println("error: " + oneLine(usageMessage(e)) + "; see '"
                    + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'");
            return ExitCodes.BAD_INPUT;
        };
    }

    /** Picocli's message, in plain words where it speaks of Java types or indexes. */
    private static String usageMessage(ParameterException e) {
        if (e instanceof UnmatchedArgumentException unmatched
                && !unmatched.isUnknownOption()
                && !unmatched.getUnmatched().isEmpty()) {
            List<String> extra = unmatched.getUnmatched();
            return (extra.size() == 1 ? "unexpected argument " : "unexpected arguments ")
                    + String.join(", ", extra.stream().map(a -> "'" + a + "'").toList());
        }
        ArgSpec arg = e.getArgSpec();
        if (!(e.getCause() instanceof TypeConversionException conversion) || arg == null || e.getValue() == null) {
            return e.getMessage();
        }
        String name = arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
        Class<?> type = arg.type();
        if (arg.converters() != null && arg.converters().length > 0) {
            return name + ": " + conversion.getMessage(); // the converter's own words
        }
        if (WHOLE_NUMBERS.contains(type)) {
            return name + " takes a whole number, not '" + e.getValue() + "'";
        }
        if (NUMBERS.contains(type)) {
            return name + " takes a number, not '" + e.getValue() + "'";
        }
        if (type.isEnum()) {
            return name + " must be one of "
                    + String.join(
                            ", ",
                            Arrays.stream(type.getEnumConstants())
                                    .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT))
                                    .toList())
                    + ", not '" + e.getValue() + "'";
        }
        return name + ": " + conversion.getMessage();
    }

    private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(
            int.class,
            Integer.class,
            long.class,
            Long.class,
            short.class,
            Short.class,
            byte.class,
            Byte.class,
            BigInteger.class);
    private static final Set<Class<?>> NUMBERS =
            Set.of(double.class, Double.class, float.class, Float.class, BigDecimal.class);

    private static IExecutionExceptionHandler failure(PrintWriter err, boolean debug) {
        return (Exception e, CommandLine commandLine, ParseResult parseResult) -> failed(e, err, debug);
    }

    /** Says on one line why a command failed, and returns its exit code. */
    private static int failed(Exception e, PrintWriter err, boolean debug) {
        int code = switch (e) {
            case ProjectFileException p -> ExitCodes.BAD_INPUT;
            case UserInputException u -> ExitCodes.BAD_INPUT;
            case BattleImportException b -> ExitCodes.BAD_INPUT;
            case CommandFailure f -> f.exitCode();
            default -> ExitCodes.FAILURE;
        };
        err.println(outOfMemory(e) ? OUT_OF_MEMORY : "error: " + oneLine(message(e)));
        if (debug) {
            e.printStackTrace(err);
        }
        return code;
    }

    private static String message(Exception e) {
        return switch (e) {
            case ProjectFileException p -> p.getMessage();
            case UserInputException u -> u.getMessage();
            case BattleImportException b -> b.getMessage();
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
