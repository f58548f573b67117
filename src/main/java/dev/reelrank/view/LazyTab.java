package dev.reelrank.view;

import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/** A tab that builds its content when it is first selected, so the window's first frame waits for one tab only. */
final class LazyTab {
    private LazyTab() {}

    /** @param content builds the tab's content from the tab (whose selection it may follow) */
    static Tab of(String id, String title, Function<Tab, Node> content) {
        Tab tab = new Tab(title);
        tab.setId(id);
        tab.setClosable(false);
        Runnable fill = () -> {
            if (tab.getContent() == null) {
                tab.setContent(content.apply(tab));
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
