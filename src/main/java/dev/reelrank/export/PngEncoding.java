package dev.reelrank.export;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/** PNG bytes of a drawn image; slow for large images, so callers run it off the FX thread. */
public final class PngEncoding {
    /*
     * The JDK's writer maps quality to the deflate level. Charts are mostly flat colour, so a fast
     * level cuts the encoding time of a 3840 x 2160 image for files some 40 % larger, still a few
     * hundred kilobytes (docs/benchmarks.md).
     */
    private static final float FAST_DEFLATE = 0.75f;
    private static final String PNG_METADATA = "javax_imageio_png_1.0";

    private PngEncoding() {}

    public static byte[] encode(Image image) {
        return encode(image, Map.of());
    }

    /**
     * The image with text chunks (PNG's iTXt, UTF-8): keyword to text, such as "Description". An
     * exported slide keeps there what its footnote only names: each source cited whole.
     */
    public static byte[] encode(Image image, Map<String, String> text) {
        BufferedImage pixels = pixels(image);
        ByteArrayOutputStream png = new ByteArrayOutputStream(pixels.getWidth() * pixels.getHeight() / 8);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(png)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(FAST_DEFLATE);
            IIOMetadata metadata = null;
            if (!text.isEmpty()) {
                metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(pixels), param);
                metadata.mergeTree(PNG_METADATA, textChunks(text));
            }
            writer.write(null, new IIOImage(pixels, null, metadata), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return png.toByteArray();
    }

    private static IIOMetadataNode textChunks(Map<String, String> text) {
        IIOMetadataNode chunks = new IIOMetadataNode("iTXt");
        text.forEach((keyword, words) -> {
            IIOMetadataNode entry = new IIOMetadataNode("iTXtEntry");
            entry.setAttribute("keyword", keyword);
            // Deflated: a dozen citations are a few kilobytes of plain words.
            entry.setAttribute("compressionFlag", "TRUE");
            entry.setAttribute("compressionMethod", "0");
            entry.setAttribute("languageTag", "");
            entry.setAttribute("translatedKeyword", "");
            entry.setAttribute("text", words);
            chunks.appendChild(entry);
        });
        IIOMetadataNode root = new IIOMetadataNode(PNG_METADATA);
        root.appendChild(chunks);
        return root;
    }

    /**
     * The image as straight (not premultiplied) ARGB, or as RGB when every pixel is opaque. JavaFX
     * hands out premultiplied pixels, which the PNG writer would convert one pixel at a time, and an
     * opaque slide needs no alpha channel: a quarter less to compress.
     */
    static BufferedImage pixels(Image image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        boolean opaque = true;
        for (int pixel : argb) {
            if (pixel >>> 24 != 0xFF) {
                opaque = false;
                break;
            }
        }
        DirectColorModel model = opaque
                ? new DirectColorModel(24, 0xFF0000, 0xFF00, 0xFF)
                : new DirectColorModel(32, 0xFF0000, 0xFF00, 0xFF, 0xFF000000);
        int[] masks = opaque ? new int[] {0xFF0000, 0xFF00, 0xFF} : new int[] {0xFF0000, 0xFF00, 0xFF, 0xFF000000};
        WritableRaster raster =
                Raster.createPackedRaster(new DataBufferInt(argb, argb.length), width, height, width, masks, null);
        return new BufferedImage(model, raster, false, null);
    }
}
