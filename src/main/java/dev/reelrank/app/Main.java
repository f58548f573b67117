package dev.reelrank.app;

import dev.reelrank.cli.Cli;

/**
 * The jar's entry point. It is a plain class, not an Application, so that {@code java -jar}
 * works with JavaFX on the class path and headless commands never start JavaFX.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        StartupTrace.mark("main");
        int code = new Cli(new DesktopLauncher(), new HeadlessImageExporter()).run(args);
        System.exit(code);
    }
}
