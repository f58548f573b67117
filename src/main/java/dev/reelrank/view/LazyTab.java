package dev.reelrank.view;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/** A tab that builds its content when it is first selected, so the window's first frame waits for one tab only. */
final class LazyTab {
    private LazyTab() {}

    static Tab of(String id, String title, Supplier<Node> content) {
        Tab tab = new Tab(title);
        tab.setId(id);
        tab.setClosable(false);
        Runnable fill = () -> {
            if (tab.getContent() == null) {
                tab.setContent(content.get());
            }
        };
        tab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected) {
                fill.run();
            }
        });
        if (tab.isSelected()) {
            fill.run();
        }
        return tab;
    }
}
