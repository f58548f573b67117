package dev.reelrank.view.headtohead;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.testing.OwnStage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's heatmap never breaks a product's name inside a word, however many products share its
 * width: a column is at least as wide as its name's longest word, and the heatmap scrolls instead.
 */
class HeatmapNamesTest {
    private static final List<String> NAMES = List.of(
            "Runway Gen-4 Turbo",
            "MiniMax Hailuo 02",
            "Kling 2.5 Turbo",
            "Seedance 2.0",
            "PixVerse V5",
            "Veo 3.1 Fast",
            "Sora 2 Pro",
            "Wan 2.5 Preview",
            "Luma Ray3",
            "Pika 2.2",
            "Midjourney Video",
            "Hunyuan Video");

    // A stage of its own: resizing the shared one would change the window the other tests find.
    @BeforeAll
    static void fxThread() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void twelveLongNamesIn500Pixels_eachColumnHoldsItsLongestWordWhole() throws Exception {
        AtomicReference<Stage> shown = new AtomicReference<>();
        List<String> broken = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            Heatmap heatmap = new Heatmap();
            heatmap.show(NAMES, List.of());
            ScrollPane scroll = new ScrollPane(heatmap);
            scroll.setFitToWidth(true);
            shown.set(OwnStage.show(scroll, 500, 400));
            List<String> problems = new ArrayList<>();
            for (Node node : heatmap.getChildren()) {
                Integer row = GridPane.getRowIndex(node);
                if (node instanceof Label name && (row == null || row == 0)) {
                    Text probe = new Text();
                    probe.setFont(name.getFont());
                    for (String word : List.of(name.getText().split(" ", -1))) {
                        probe.setText(word);
                        double room = name.getWidth() - name.snappedLeftInset() - name.snappedRightInset();
                        if (probe.getLayoutBounds().getWidth() > room + 0.5) {
                            problems.add("\"" + word + "\" of " + name.getText() + " in " + room + " px");
                        }
                    }
                }
            }
            return problems;
        });
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> shown.get().close());
        assertTrue(broken.isEmpty(), "words broken inside: " + broken);
    }
}
