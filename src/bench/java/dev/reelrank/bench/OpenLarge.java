package dev.reelrank.bench;

import dev.reelrank.export.WindowImages;
import dev.reelrank.view.FirstPaint;
import dev.reelrank.view.MainWindow;
import dev.reelrank.view.controls.Fonts;
import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.session.ProjectSession;
import dev.reelrank.viewmodel.text.Texts;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;

/** Opens a window on a large generated project and reports the time of each step; for profiling. */
public final class OpenLarge {
    private OpenLarge() {}

    public static void main(String[] args) {
        int size = Integer.parseInt(args[0]);
        var project = LargeProjects.withProducts(size);
        Platform.startup(() -> {});
        Platform.runLater(() -> {
            Fonts.load();
            long t0 = System.nanoTime();
            var viewModel = new MainViewModel(new ProjectSession(project, null), Texts.english());
            long t1 = System.nanoTime();
            Stage stage = new Stage();
            new MainWindow(viewModel, new WindowImages()).show(stage);
            long t2 = System.nanoTime();
            System.out.printf("view models %.0f ms, window %.0f ms%n", (t1 - t0) / 1e6, (t2 - t1) / 1e6);
            FirstPaint.whenPainted(stage.getScene(), () -> {
                System.out.printf("first frame %.0f ms after the window%n", (System.nanoTime() - t2) / 1e6);
                var row = viewModel.rows().get(size / 2);
                long e0 = System.nanoTime();
                int edits = Integer.parseInt(args.length > 1 ? args[1] : "0");
                for (int i = 0; i < edits; i++) {
                    row.amount().commit(String.valueOf(0.05 + (i % 40) * 0.01));
                }
                if (edits > 0) {
                    System.out.printf(
                            "edit (view models and views, no layout) %.1f ms each%n",
                            (System.nanoTime() - e0) / 1e6 / edits);
                }
                int framed = Integer.parseInt(args.length > 2 ? args[2] : "0");
                new AnimationTimer() {
                    private int done;
                    private final long start = System.nanoTime();

                    @Override
                    public void handle(long now) {
                        if (done++ >= framed) {
                            stop();
                            if (framed > 0) {
                                System.out.printf(
                                        "one edit per frame: %.1f ms per frame%n",
                                        (System.nanoTime() - start) / 1e6 / framed);
                            }
                            Platform.exit();
                            return;
                        }
                        row.amount().commit(String.valueOf(0.05 + (done % 40) * 0.01));
                    }
                }.start();
            });
        });
    }
}
