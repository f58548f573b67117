package dev.reelrank.view;

import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.settings.WindowPlace;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Where the main window opens: where it last closed, moved and shrunk as needed to fit the screen it
 * was on; if that screen is gone (a projector unplugged), in the default place. Remembered on close.
 */
final class WindowPlacement {
    private WindowPlacement() {}

    static void asLastTime(Stage stage, MainViewModel viewModel) {
        place(stage, viewModel);
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, event -> {
            if (stage.getWidth() > 0 && stage.getHeight() > 0 && !stage.isFullScreen()) {
                viewModel.rememberPlace(new WindowPlace(
                        stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized()));
            }
        });
    }

    /** Only places the window, as {@link #asLastTime} does; the window that takes the stage over remembers. */
    static void place(Stage stage, MainViewModel viewModel) {
        viewModel.rememberedPlace().ifPresent(place -> {
            var screens = Screen.getScreensForRectangle(place.x(), place.y(), place.width(), place.height());
            if (screens.isEmpty()) {
                return;
            }
            Rectangle2D area = screens.getFirst().getVisualBounds();
            double width = Math.min(Math.max(place.width(), stage.getMinWidth()), area.getWidth());
            double height = Math.min(Math.max(place.height(), stage.getMinHeight()), area.getHeight());
            stage.setWidth(width);
            stage.setHeight(height);
            stage.setX(Math.min(Math.max(place.x(), area.getMinX()), area.getMaxX() - width));
            stage.setY(Math.min(Math.max(place.y(), area.getMinY()), area.getMaxY() - height));
            stage.setMaximized(place.maximized());
        });
    }
}
