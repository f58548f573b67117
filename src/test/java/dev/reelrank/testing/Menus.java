package dev.reelrank.testing;

import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;

/** Menu items of a window, found by id (menus are not nodes, so a scene lookup cannot find them). */
public final class Menus {
    private Menus() {}

    public static MenuItem item(Scene scene, String id) {
        MenuBar bar = (MenuBar) scene.getRoot().lookup(".menu-bar");
        for (Menu menu : bar.getMenus()) {
            MenuItem found = find(menu, id);
            if (found != null) {
                return found;
            }
        }
        throw new AssertionError("no menu item " + id);
    }

    private static MenuItem find(Menu menu, String id) {
        for (MenuItem item : menu.getItems()) {
            if (id.equals(item.getId())) {
                return item;
            }
            if (item instanceof Menu sub) {
                MenuItem found = find(sub, id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
