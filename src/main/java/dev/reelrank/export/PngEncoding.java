package dev.reelrank.export;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javax.imageio.ImageIO;

/** PNG bytes of a drawn image; slow for large images, so callers run it off the FX thread. */
public final class PngEncoding {
    private PngEncoding() {
    }

    public static byte[] encode(Image image) {
        BufferedImage pixels = SwingFXUtils.fromFXImage(image, null);
        ByteArrayOutputStream png = new ByteArrayOutputStream(pixels.getWidth() * pixels.getHeight() / 4);
        try {
            if (!ImageIO.write(pixels, "png", png)) {
                throw new IllegalStateException("this Java runtime has no PNG writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }
}
