package dev.reelrank.view;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.app.ReelRankApp;
import dev.reelrank.export.PngEncoding;
import dev.reelrank.testing.Pulses;
import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.port.BuiltInView;
import dev.reelrank.viewmodel.port.UserSettings;
import dev.reelrank.viewmodel.settings.Language;
import dev.reelrank.viewmodel.settings.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window and every tab, on both built-in views (today's market in light and dark, the
 * article's comparison in light), in English and Chinese, filling the headless
 * screen (1280 × 800 unless {@code headless.geometry} says otherwise; the build runs this at
 * 1366 × 768 and 1920 × 1080 too), checked as a person would look at it (ScreenChecks). With
 * {@code -Dreelrank.screens=DIR} (mvn -Pscreens verify) each scene is also written to DIR as a PNG.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenGalleryTest {
    private static final List<String> TABS = List.of(
            "tab-cost-rating", "tab-trend", "tab-price-history", "tab-value", "tab-head-to-head", "tab-scenario");
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void everyTabInEveryThemeAndLanguage_readsCleanly(FxRobot robot) throws IOException {
        Rectangle2D screen = Screen.getPrimary().getBounds();
        String size = Math.round(screen.getWidth()) + "x" + Math.round(screen.getHeight());
        String out = System.getProperty("reelrank.screens", "");
        Path folder = out.isBlank() ? null : Files.createDirectories(Path.of(out, size));
        List<String> problems = new ArrayList<>();
        for (BuiltInView view : BuiltInView.values()) {
            for (Language language : List.of(Language.ENGLISH, Language.CHINESE)) {
                // Today's market, which the window opens with, in both themes; the article's view in the light one.
                for (Theme theme :
                        view == BuiltInView.TODAY ? List.of(Theme.LIGHT, Theme.DARK) : List.of(Theme.LIGHT)) {
                    UserSettings settings = UserSettings.inMemory();
                    settings.language(language);
                    settings.theme(theme);
                    robot.interact(() -> {
                        MainViewModel opened = ReelRankApp.openMainWindow(stage, null, settings);
                        if (view != BuiltInView.TODAY) {
                            opened.files().openBuiltIn(view);
                        }
                        stage.setX(screen.getMinX());
                        stage.setY(screen.getMinY());
                        stage.setWidth(screen.getWidth());
                        stage.setHeight(screen.getHeight());
                    });
                    for (String tab : TABS) {
                        String prefix = view == BuiltInView.TODAY ? "" : "article-";
                        String scene = size + " " + prefix + language.code() + " "
                                + theme.name().toLowerCase(Locale.ROOT) + " " + tab;
                        robot.interact(() -> {
                            TabPane tabs = (TabPane) stage.getScene().getRoot().lookup("#chart-tabs");
                            tabs.getTabs().stream()
                                    .filter(t -> t.getId().equals(tab))
                                    .findFirst()
                                    .ifPresent(t -> tabs.getSelectionModel().select(t));
                        });
                        WaitForAsyncUtils.waitForFxEvents();
                        Pulses.awaitLayout(robot, stage.getScene());
                        AtomicReference<List<String>> found = new AtomicReference<>();
                        AtomicReference<WritableImage> image = new AtomicReference<>();
                        robot.interact(() -> {
                            List<String> seen = new ArrayList<>(ScreenChecks.problems(stage.getScene()));
                            // The window's own size and up: the products of today's market fit both charts unscrolled.
                            if (view == BuiltInView.TODAY
                                    && tab.equals("tab-cost-rating")
                                    && screen.getHeight() >= MainWindow.DEFAULT_HEIGHT) {
                                seen.addAll(ScreenChecks.chartsThatScroll(stage.getScene()));
                            }
                            found.set(seen);
                            if (folder != null) {
                                image.set(stage.getScene().snapshot(null));
                            }
                        });
                        found.get().forEach(problem -> problems.add(scene + ": " + problem));
                        if (folder != null) {
                            Files.write(
                                    folder.resolve(prefix + language.code() + "-"
                                            + theme.name().toLowerCase(Locale.ROOT) + "-" + tab.substring(4) + ".png"),
                                    PngEncoding.encode(image.get()));
                        }
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }
}
