package dev.reelrank.testing;

import dev.reelrank.cli.Cli;
import dev.reelrank.cli.WindowOpener;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

/** One run of the command line in this JVM: its exit code and what it printed on stdout and stderr. */
public record CliRun(int code, String out, String err) {
    public List<String> errLines() {
        return err.lines().toList();
    }

    public static CliRun of(Cli cli, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = cli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }

    /** For commands that must never open the window. */
    public static WindowOpener noWindow() {
        return new WindowOpener() {
            @Override
            public int open(Path project) {
                throw new AssertionError("this command must not open the window");
            }

            @Override
            public long smoke(Path project) {
                throw new AssertionError("this command must not open the window");
            }
        };
    }
}
