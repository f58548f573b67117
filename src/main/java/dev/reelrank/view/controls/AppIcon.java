package dev.reelrank.view.controls;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;

/** ReelRank's icon (assets/icons/reelrank.svg) at the sizes window managers pick from. */
public final class AppIcon {
    private static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256};
    private static List<Image> images;

    private AppIcon() {}

    public static synchronized List<Image> images() {
        if (images == null) {
            List<Image> loaded = new ArrayList<>();
            for (int size : SIZES) {
                try (InputStream in =
                        AppIcon.class.getResourceAsStream("/dev/reelrank/view/icons/reelrank-" + size + ".png")) {
                    if (in != null) {
                        loaded.add(new Image(in));
                    }
                } catch (IOException e) {
                    // An icon that cannot be read leaves the window manager's default: nothing to tell the user.
                }
            }
            images = List.copyOf(loaded);
        }
        return images;
    }
}
