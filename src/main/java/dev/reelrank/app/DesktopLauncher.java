package dev.reelrank.app;

import dev.reelrank.cli.CommandFailure;
import dev.reelrank.cli.ExitCodes;
import dev.reelrank.cli.WindowOpener;
import java.nio.file.Path;
import javafx.application.Application;

/** Starts JavaFX and opens the main window; returns when the window closes. */
final class DesktopLauncher implements WindowOpener {
    @Override
    public long smoke(Path project) {
        // Without a display (a build server, CI) the smoke test draws on Monocle's headless screen.
        if (System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null) {
            HeadlessImageExporter.chooseHeadlessPlatform();
        }
        ReelRankApp.smokeTest();
        open(project);
        ErrorLog.firstUnexpectedFailure().ifPresent(failure -> {
            throw new CommandFailure("the window failed while opening: " + failure, ExitCodes.FAILURE, null);
        });
        return ReelRankApp.firstPaintMillis();
    }

    @Override
    public int open(Path project) {
        StartupTrace.mark("command line read");
        ErrorLog.install();
        ReelRankApp.prepare(project);
        try {
            Application.launch(ReelRankApp.class);
        } catch (RuntimeException e) {
            ErrorLog.record("The window could not be opened", e);
            throw new CommandFailure(
                    "cannot open the window: " + reason(e) + " (headless commands such as 'validate' need no display)",
                    ExitCodes.FAILURE,
                    e);
        }
        return ExitCodes.OK;
    }

    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message;
    }
}
