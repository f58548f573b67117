package dev.reelrank.view.slides;

import dev.reelrank.viewmodel.slides.ExportViewModel;
import dev.reelrank.viewmodel.slides.SlideTexts;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.scene.image.Image;
import javafx.stage.Window;

/**
 * Draws the image the export dialog asks for and encodes it; supplied by the composition root from
 * the export package, which draws slides from this package's charts.
 */
public interface ImageMaker {
    /** Draws on the FX thread and calls {@code drawn} there, or {@code failed}. */
    void draw(ExportViewModel request, Window owner, Consumer<Image> drawn, Consumer<Throwable> failed);

    /** The PNG encoding of a drawn image with the words it was drawn with, to run off the FX thread. */
    Callable<byte[]> encoding(Image image, SlideTexts words);
}
