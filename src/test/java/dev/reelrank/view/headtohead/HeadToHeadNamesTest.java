package dev.reelrank.view.headtohead;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reelrank.testing.OwnStage;
import dev.reelrank.testing.TestProjects;
import dev.reelrank.view.controls.FieldFeedback;
import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.session.ProjectSession;
import dev.reelrank.viewmodel.text.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * In a head-to-head tab as narrow as a laptop's, every product's name is drawn whole over its
 * column, in the vote grid and in the heatmap, on two lines if need be ("Kling 1.5" once showed as
 * "Kling 1…"), and the heatmap's last row is not pushed out of its box by the taller names.
 */
class HeadToHeadNamesTest {
    // A stage of its own: resizing the shared one would change the window the other tests find.
    @BeforeAll
    static void fxThread() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aNarrowTab_drawsEveryColumnNameWhole_andKeepsTheHeatmapsRowsInside() throws Exception {
        AtomicReference<Stage> shown = new AtomicReference<>();
        List<String> problems = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            Texts texts = Texts.english();
            MainViewModel viewModel = new MainViewModel(new ProjectSession(TestProjects.market(), null, texts), texts);
            HeadToHeadPanel panel =
                    new HeadToHeadPanel(viewModel.headToHead(), texts, FieldFeedback.underTheField(texts));
            shown.set(OwnStage.show(panel, 760, 300));
            List<String> found = new ArrayList<>();
            List<String> names = viewModel.headToHead().products().stream()
                    .map(texts::productName)
                    .toList();
            for (Node header : panel.lookupAll("#h2h-grid .h2h-column-name")) {
                drawnWhole((Label) header, "grid", found);
            }
            Heatmap heatmap = (Heatmap) panel.lookup("#h2h-heatmap");
            int columnNames = 0;
            for (Node node : heatmap.getChildren()) {
                Integer row = GridPane.getRowIndex(node);
                Integer column = GridPane.getColumnIndex(node);
                if (node instanceof Label name && (row == null || row == 0) && column != null && column > 0) {
                    columnNames++;
                    drawnWhole(name, "heatmap", found);
                }
                if (node instanceof Label name && column != null && column == 0) {
                    Bounds bounds = name.getBoundsInParent();
                    if (bounds.getMaxY() > heatmap.getHeight() + 1) {
                        found.add("heatmap row \"" + name.getText() + "\" laid out below the heatmap's "
                                + heatmap.getHeight() + " px, at " + bounds.getMaxY());
                    }
                }
            }
            if (columnNames != names.size()
                    || panel.lookupAll("#h2h-grid .h2h-column-name").size() != names.size()) {
                found.add("expected a column name per product " + names);
            }
            return found;
        });
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> shown.get().close());
        assertEquals(List.of(), problems);
    }

    /** The text a label draws is its whole text, not one cut short with an ellipsis. */
    private static void drawnWhole(Label label, String where, List<String> found) {
        Node drawn = label.lookup(".text");
        String text = drawn instanceof Text shownText ? shownText.getText() : null;
        if (!label.getText().equals(text)) {
            found.add(where + ": \"" + label.getText() + "\" drawn as \"" + text + "\" in " + label.getWidth() + " px");
        }
    }
}
