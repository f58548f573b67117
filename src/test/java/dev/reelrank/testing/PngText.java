package dev.reelrank.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.w3c.dom.NodeList;

/** The text chunks (iTXt) of a PNG, keyword to text, as an image viewer or exiftool would read them. */
public final class PngText {
    private PngText() {}

    public static Map<String, String> of(byte[] png) throws IOException {
        Map<String, String> text = new LinkedHashMap<>();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            try {
                reader.setInput(in);
                IIOMetadataNode root =
                        (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
                NodeList entries = root.getElementsByTagName("iTXtEntry");
                for (int i = 0; i < entries.getLength(); i++) {
                    IIOMetadataNode entry = (IIOMetadataNode) entries.item(i);
                    text.put(entry.getAttribute("keyword"), entry.getAttribute("text"));
                }
            } finally {
                reader.dispose();
            }
        }
        return text;
    }
}
