package dev.reelrank.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.testing.PngText;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Map;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The PNG holds exactly the drawn pixels, with an alpha channel only when something is see-through. */
class PngEncodingTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void translucentPixels_keepTheirColourAndAlpha() throws Exception {
        int[] argb = {0xFFD55E00, 0x800072B2, 0x00000000, 0xFFFFFFFF, 0x40E69F00, 0xFF000000};
        BufferedImage decoded = roundTrip(argb, 3, 2);
        assertTrue(decoded.getColorModel().hasAlpha());
        for (int i = 0; i < argb.length; i++) {
            int got = decoded.getRGB(i % 3, i / 3);
            assertEquals(argb[i] >>> 24, got >>> 24, "alpha of pixel " + i);
            if (argb[i] >>> 24 == 0xFF) {
                assertEquals(argb[i], got, "pixel " + i);
            } else if (argb[i] >>> 24 != 0) {
                // Premultiplied storage rounds a translucent colour by at most a step or two per channel.
                for (int shift : new int[] {0, 8, 16}) {
                    assertEquals(argb[i] >> shift & 0xFF, got >> shift & 0xFF, 3.0, "channel of pixel " + i);
                }
            }
        }
    }

    @Test
    void anOpaqueSlide_isWrittenWithoutAnAlphaChannel() throws Exception {
        int[] argb = new int[64 * 48];
        for (int i = 0; i < argb.length; i++) {
            argb[i] = i % 7 == 0 ? 0xFF0072B2 : 0xFFFFFFFF;
        }
        BufferedImage decoded = roundTrip(argb, 64, 48);
        assertFalse(decoded.getColorModel().hasAlpha());
        for (int i = 0; i < argb.length; i++) {
            assertEquals(argb[i], decoded.getRGB(i % 64, i / 64) | 0xFF000000, "pixel " + i);
        }
    }

    @Test
    void textChunks_comeBackWord_forWord_inAnyScript() throws Exception {
        WritableImage image = new WritableImage(4, 3);
        String citations = "Prices \u2014 Kling 3.0: Kling AI developer pricing (kling.ai/dev/pricing), as quoted by a"
                + " public log (ReelRank did not open the page itself), Sep 28, 2026. 价格：可灵开放平台。";
        byte[] png = PngEncoding.encode(image, Map.of("Title", "Cost per 5-s clip, USD", "Description", citations));
        assertEquals(Map.of("Title", "Cost per 5-s clip, USD", "Description", citations), PngText.of(png));
    }

    private static BufferedImage roundTrip(int[] argb, int width, int height) throws Exception {
        WritableImage image = new WritableImage(width, height);
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        byte[] png = PngEncoding.encode(image);
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
        return ImageIO.read(new ByteArrayInputStream(png));
    }
}
