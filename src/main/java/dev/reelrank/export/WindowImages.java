package dev.reelrank.export;

import dev.reelrank.view.slides.ImageMaker;
import dev.reelrank.viewmodel.slides.ExportViewModel;
import dev.reelrank.viewmodel.slides.SlideContent;
import dev.reelrank.viewmodel.slides.SlideTexts;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.scene.image.Image;
import javafx.stage.Window;

/**
 * The window's images: a slide from a detached copy of its view models, built in steps between which
 * the window answers, and drawn after one pulse.
 */
public final class WindowImages implements ImageMaker {
    @Override
    public void draw(ExportViewModel request, Window owner, Consumer<Image> drawn, Consumer<Throwable> failed) {
        ExportSize size;
        SlideContent drawing;
        try {
            size = new ExportSize(
                    request.layoutWidth(),
                    request.layoutHeight(),
                    request.scaleProperty().get(),
                    request.themeProperty().get());
            // Drawn in the conventions of images (en-US, zh-CN), whatever the window's region.
            drawing = request.drawing();
        } catch (RuntimeException | OutOfMemoryError e) {
            failed.accept(e);
            return;
        }
        SlideImage.drawInSteps(
                drawing, request.kindProperty().get(), request.words(drawing), size, owner, drawn::accept, failed);
    }

    @Override
    public Callable<byte[]> encoding(Image image, SlideTexts words) {
        return () -> {
            try {
                return PngEncoding.encode(image, SlideImage.pngText(words));
            } catch (OutOfMemoryError e) {
                throw new ExportViewModel.OutOfMemoryErrorReport(e);
            }
        };
    }
}
