package dev.reelrank.view;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.app.ReelRankApp;
import dev.reelrank.io.ProjectFiles;
import dev.reelrank.testing.TestProjects;
import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.settings.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.ToggleButton;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * In the dark theme the chosen side of a two-way switch (Per minute / Per 5-s clip, Aggregate votes
 * / Head-to-head) is plain to see: its background stands 3:1 or more from the other side's, and
 * both sides' text stays readable (4.5:1) on its own background, clicked (focused) or not.
 */
@ExtendWith(ApplicationExtension.class)
class SegmentedToggleContrastTest {
    @TempDir
    static Path folder;

    private Stage stage;
    private MainViewModel viewModel;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        Path file = Files.createTempFile(folder, "five", ProjectFiles.EXTENSION);
        ProjectFiles.write(TestProjects.fiveProducts(), file);
        viewModel = ReelRankApp.openMainWindow(stage, file);
    }

    @Test
    void darkTheme_theSelectedSideStandsOut(FxRobot robot) {
        robot.interact(() -> viewModel.themeProperty().set(Theme.DARK));
        List<String> problems = new ArrayList<>();
        problems.addAll(check(robot, "#basis-minute", "#basis-clip", "as opened"));
        problems.addAll(check(robot, "#source-head-to-head", "#source-aggregate", "as opened"));
        robot.clickOn("#basis-clip");
        robot.clickOn("#source-aggregate");
        WaitForAsyncUtils.waitForFxEvents();
        problems.addAll(check(robot, "#basis-clip", "#basis-minute", "after a click"));
        problems.addAll(check(robot, "#source-aggregate", "#source-head-to-head", "after a click, focused"));
        robot.moveTo("#source-aggregate");
        problems.addAll(check(robot, "#source-aggregate", "#source-head-to-head", "hovered"));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private List<String> check(FxRobot robot, String selectedId, String otherId, String when) {
        WindowChecks.afterNextPulse(robot, stage.getScene());
        AtomicReference<List<String>> result = new AtomicReference<>();
        robot.interact(() -> {
            List<String> found = new ArrayList<>();
            ToggleButton selected = (ToggleButton) stage.getScene().getRoot().lookup(selectedId);
            ToggleButton other = (ToggleButton) stage.getScene().getRoot().lookup(otherId);
            assertTrue(selected.isSelected() && !other.isSelected(), selectedId + " is the one selected");
            Color on = WindowChecks.colourBehind(selected);
            Color off = WindowChecks.colourBehind(other);
            double between = WindowChecks.contrast(on, off);
            if (between < 3) {
                found.add(String.format(
                        Locale.ROOT, "%s, %s: selected %s vs %s is %.2f:1", when, selectedId, on, off, between));
            }
            for (ToggleButton button : List.of(selected, other)) {
                Color text = (Color) button.getTextFill();
                double ratio = WindowChecks.contrast(text, WindowChecks.colourBehind(button));
                if (ratio < 4.5) {
                    found.add(String.format(
                            Locale.ROOT,
                            "%s, %s: text %s on %s is %.2f:1",
                            when,
                            button.getId(),
                            text,
                            WindowChecks.colourBehind(button),
                            ratio));
                }
            }
            result.set(found);
        });
        return result.get();
    }
}
