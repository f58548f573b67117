package dev.reelrank.export;

import dev.reelrank.view.controls.FxSteps;
import dev.reelrank.view.slides.Slides;
import dev.reelrank.viewmodel.slides.SlideContent;
import dev.reelrank.viewmodel.slides.SlideKind;
import dev.reelrank.viewmodel.slides.SlideTexts;
import dev.reelrank.viewmodel.slides.SlideTheme;
import dev.reelrank.viewmodel.text.Sentences;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;

/**
 * A slide drawn into an image of exactly (width·scale) × (height·scale) pixels, in two steps on the
 * FX thread: {@link #prepare} builds and lays it out, {@link #draw} takes the picture. Between them
 * the caller lets the FX thread run once, because KPI tiles finish their text in events they post
 * to it. Encoding the picture is left to {@link PngEncoding}, off the FX thread.
 */
public final class SlideImage {
    private final Scene scene;
    private final ExportSize size;
    private final double magnification;

    private SlideImage(Scene scene, ExportSize size, double magnification) {
        this.scene = scene;
        this.size = size;
        this.magnification = magnification;
    }

    public static SlideImage prepare(SlideContent viewModel, SlideKind kind, SlideTexts words, ExportSize size) {
        Scene scene = Slides.scene(viewModel, kind, words, size.theme(), size.width(), size.height());
        return new SlideImage(scene, size, magnification(kind, size));
    }

    /**
     * The text an exported slide's PNG keeps (PngEncoding): its title, each source cited whole (the
     * footnote names them short) and its stamp.
     */
    public static Map<String, String> pngText(SlideTexts words) {
        Map<String, String> text = new LinkedHashMap<>();
        text.put("Title", words.title());
        text.put("Description", Sentences.join(List.of(words.subtitle() + ".", words.citations(), words.stamp())));
        text.put("Software", "ReelRank");
        return text;
    }

    /** From the slide's design size to the picture's pixels. */
    private static double magnification(SlideKind kind, ExportSize size) {
        return Slides.magnification(kind, size.width(), size.height()) * size.scale();
    }

    /**
     * As {@link #prepare} followed by {@link #drawAfterPulse}, with the building cut into steps that
     * each run as their own FX task (nodes, style, a large heatmap's cells a few hundred at a time,
     * layout, then the pulse and the picture), so the
     * window keeps answering while a large slide is drawn. Call on the FX thread.
     */
    public static void drawInSteps(
            SlideContent viewModel,
            SlideKind kind,
            SlideTexts words,
            ExportSize size,
            Window owner,
            Consumer<WritableImage> drawn,
            Consumer<Throwable> failed) {
        Scene[] scene = new Scene[1];
        FxSteps.inTurn(
                () -> true,
                failed,
                () -> scene[0] =
                        Slides.unstyledScene(viewModel, kind, words, size.theme(), size.width(), size.height(), true),
                () -> Slides.style(scene[0]),
                FxSteps.untilDone(() -> Slides.addSomeParts(scene[0].getRoot())),
                () -> Slides.layOut(scene[0]),
                () -> new SlideImage(scene[0], size, magnification(kind, size)).drawAfterPulse(owner, drawn, failed));
    }

    /**
     * Shows the slide for one pulse in an invisible window (owned by {@code owner} when there is
     * one, so it has no taskbar entry), then draws it and hands over the picture; all on the FX thread.
     */
    public void drawAfterPulse(Window owner, Consumer<WritableImage> drawn, Consumer<Throwable> failed) {
        Stage stage = new Stage(StageStyle.UTILITY);
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setOpacity(0);
        stage.setX(-20_000);
        stage.setY(-20_000);
        stage.setScene(scene);
        Runnable[] afterPulse = new Runnable[1];
        afterPulse[0] = () -> {
            scene.removePostLayoutPulseListener(afterPulse[0]);
            Platform.runLater(() -> {
                WritableImage image;
                try {
                    image = draw();
                } catch (RuntimeException | OutOfMemoryError e) {
                    stage.hide();
                    failed.accept(e);
                    return;
                }
                stage.hide();
                drawn.accept(image);
            });
        };
        scene.addPostLayoutPulseListener(afterPulse[0]);
        stage.show();
        Platform.requestNextPulse();
    }

    public WritableImage draw() {
        // Layout only: a second CSS pass would put the stylesheet's fonts back over the sizes tiles chose.
        scene.getRoot().layout();
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(Transform.scale(magnification, magnification));
        parameters.setFill(size.theme() == SlideTheme.TRANSPARENT ? Color.TRANSPARENT : Color.WHITE);
        parameters.setViewport(new Rectangle2D(0, 0, size.pixelWidth(), size.pixelHeight()));
        return scene.getRoot().snapshot(parameters, new WritableImage(size.pixelWidth(), size.pixelHeight()));
    }

    /** The slide's root, for tests that read what it shows. */
    public Parent root() {
        return scene.getRoot();
    }
}
