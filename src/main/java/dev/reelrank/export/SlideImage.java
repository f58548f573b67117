package dev.reelrank.export;

import dev.reelrank.view.Slides;
import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.SlideKind;
import dev.reelrank.viewmodel.SlideTexts;
import dev.reelrank.viewmodel.SlideTheme;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;

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

    public static SlideImage prepare(MainViewModel viewModel, SlideKind kind, SlideTexts words, ExportSize size) {
        Scene scene = Slides.scene(viewModel, kind, words, size.theme(), size.width(), size.height());
        return new SlideImage(scene, size, Slides.magnification(kind, size.width(), size.height()) * size.scale());
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

    /** The scene holding the slide, for drawing it after it has been through a pulse in a window. */
    public Scene scene() {
        return scene;
    }

    /** The slide's root, for tests that read what it shows. */
    public javafx.scene.Parent root() {
        return scene.getRoot();
    }
}
