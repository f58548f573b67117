package dev.reelrank.view.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.app.ReelRankApp;
import dev.reelrank.io.ProjectFiles;
import dev.reelrank.testing.TestProjects;
import dev.reelrank.viewmodel.port.UserSettings;
import dev.reelrank.viewmodel.settings.Language;
import dev.reelrank.viewmodel.settings.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The KPI cards as drawn: readable text in both languages and themes, figures grouped as in the charts. */
@ExtendWith(ApplicationExtension.class)
class KpiCardsTest {
    @TempDir
    static Path folder;

    private Stage stage;
    private Path project;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        project = Files.createTempFile(folder, "votes", ProjectFiles.EXTENSION);
        // 5,000 + 4,000 appearances: "Votes counted" must read 9,000, not 9000.
        ProjectFiles.write(
                TestProjects.named("Grouped figures")
                        .perSecond("alpha", "Alpha 1", "Alpha", "0.50", "USD", 2000, 2500, 500)
                        .perSecond("beta", "Beta 2", "Beta", "0.05", "USD", 2500, 1000, 500)
                        .build(),
                project);
    }

    private void open(FxRobot robot, Language language, Theme theme) {
        UserSettings settings = UserSettings.inMemory();
        settings.language(language);
        settings.theme(theme);
        robot.interact(() -> ReelRankApp.openMainWindow(stage, project, settings));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<Double> fontSizes(FxRobot robot) {
        AtomicReference<List<Double>> sizes = new AtomicReference<>();
        robot.interact(() -> {
            List<Double> found = new ArrayList<>();
            for (Node node : stage.getScene().getRoot().lookup("#kpi-strip").lookupAll(".label")) {
                if (node instanceof Labeled label && !label.getText().isEmpty()) {
                    found.add(label.getFont().getSize());
                }
            }
            sizes.set(found);
        });
        return sizes.get();
    }

    @Test
    void captionsAndFooters_areAtLeast11px_inEnglishAndChinese_andKeepTheirSizeWhenTheThemeChanges(FxRobot robot) {
        for (Language language : List.of(Language.ENGLISH, Language.CHINESE)) {
            open(robot, language, Theme.LIGHT);
            List<Double> light = fontSizes(robot);
            assertTrue(light.size() >= 15, "captions, figures and footers: " + light);
            assertTrue(light.stream().allMatch(size -> size >= 11), language + ": " + light);
            robot.clickOn(language == Language.ENGLISH ? "View" : "视图");
            robot.clickOn("#theme-dark");
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(light, fontSizes(robot), "the dark theme keeps every size");
        }
    }

    @Test
    void figures_areGroupedAsTheChartsWriteThem(FxRobot robot) {
        open(robot, Language.ENGLISH, Theme.LIGHT);
        KpiStrip strip = robot.lookup("#kpi-strip").queryAs(KpiStrip.class);
        assertEquals("9,000", strip.card("kpi-votes").shownValue());
        assertTrue(
                strip.card("kpi-top-rating").shownValue().matches("\\d,\\d{3}"),
                strip.card("kpi-top-rating").shownValue());
    }

    @Test
    void theRoomKeptForTheCardsWhileTheWindowPaintsItsChartsFirst_isTheirHeight(FxRobot robot) {
        open(robot, Language.ENGLISH, Theme.LIGHT);
        AtomicReference<double[]> heights = new AtomicReference<>();
        robot.interact(() -> {
            Region strip = (Region) stage.getScene().getRoot().lookup("#kpi-strip");
            Region room = new Region();
            room.getStyleClass().add("kpi-placeholder");
            ((Pane) strip.getParent()).getChildren().add(room);
            room.applyCss();
            heights.set(new double[] {strip.getHeight(), room.prefHeight(-1)});
            ((Pane) strip.getParent()).getChildren().remove(room);
        });
        assertEquals(heights.get()[0], heights.get()[1], 1.0, "the charts do not jump when the cards arrive");
    }
}
