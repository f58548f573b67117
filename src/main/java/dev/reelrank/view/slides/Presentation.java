package dev.reelrank.view.slides;

import dev.reelrank.view.controls.FxSteps;
import dev.reelrank.view.controls.ProjectorScreen;
import dev.reelrank.view.settings.ThemeManager;
import dev.reelrank.viewmodel.settings.Theme;
import dev.reelrank.viewmodel.slides.SlideContent;
import dev.reelrank.viewmodel.slides.SlideKind;
import dev.reelrank.viewmodel.slides.SlideTheme;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.transform.Scale;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;

/**
 * Presentation mode: full screen on the projector when there is a second screen, one chart per
 * slide at projector size, stepped with the arrows, Page Up/Down and Space; B blanks the screen and
 * Esc returns to the window. The slides show the project as it was when the presentation started.
 */
public final class Presentation {
    private final Stage stage = new Stage(StageStyle.UNDECORATED);
    private final SlideContent viewModel;
    private final List<SlideKind> kinds;
    // A Pane, not a StackPane: its size must come from the screen, never from the slide inside it,
    // or a slide sized from the screen would resize the screen and be rebuilt on every pulse.
    private final Pane screen = new Pane();
    private final Region blank = new Region();
    private int current;
    // What is on the screen, or being built for it: asked again for the same slide at the same size, nothing is
    // rebuilt.
    private int shownIndex = -1;
    private double shownWidth;
    private double shownHeight;
    // Counts requests; a slide still being built when a newer one is asked for is dropped.
    private int requests;

    private Presentation(Window owner, SlideContent live) {
        this.viewModel = live.forPresentation();
        List<SlideKind> shown = new ArrayList<>(
                List.of(SlideKind.COST, SlideKind.RATING, SlideKind.TREND, SlideKind.PRICE_HISTORY, SlideKind.VALUE));
        if (!viewModel.headToHead().products().isEmpty()
                && !live.session().project().pairVotes().isEmpty()) {
            shown.add(SlideKind.HEATMAP);
        }
        shown.add(SlideKind.DASHBOARD);
        if (live.session().project().votedTest().isPresent()) {
            shown.add(SlideKind.BLIND_TEST);
        }
        this.kinds = List.copyOf(shown);
        stage.initOwner(owner);
        stage.setTitle(live.texts().get("app.title"));
        blank.setStyle("-fx-background-color: black;");
        blank.setVisible(false);
        screen.setStyle("-fx-background-color: white;");
        screen.setId("presentation");
        Scene scene = new Scene(new StackPane(screen, blank), Color.BLACK);
        ThemeManager.style(scene, Theme.LIGHT);
        scene.setOnKeyPressed(key -> {
            switch (key.getCode()) {
                case RIGHT, PAGE_DOWN, SPACE, DOWN, ENTER -> show(current + 1);
                case LEFT, PAGE_UP, UP, BACK_SPACE -> show(current - 1);
                case HOME -> show(0);
                case END -> show(kinds.size() - 1);
                case B, PERIOD -> blank.setVisible(!blank.isVisible());
                case ESCAPE -> stage.close();
                default -> {
                    return;
                }
            }
            key.consume();
        });
        stage.setScene(scene);
        ProjectorScreen.cover(stage, owner);
        scene.widthProperty().addListener((obs, old, width) -> show(current));
        scene.heightProperty().addListener((obs, old, height) -> show(current));
    }

    /**
     * Starts presenting from the first slide; returns the full-screen stage (for tests). The screen is
     * shown first and the slide built on it in steps, so the window answers meanwhile.
     */
    public static Stage start(Window owner, SlideContent live) {
        Presentation presentation = new Presentation(owner, live);
        presentation.show(0);
        presentation.stage.show();
        presentation.stage.setFullScreen(true);
        presentation.stage.requestFocus();
        return presentation.stage;
    }

    /**
     * Builds the slide at {@code index} in FX tasks of its own (its nodes; its style, on the screen but
     * unseen; a large heatmap's cells a few hundred at a time; its layout, and then it is shown), so
     * stepping through a large slide never keeps the screen from answering for long; the slide shown
     * stays until the next is ready. Keys pressed meanwhile count from the slide asked for.
     */
    private void show(int index) {
        int target = Math.max(0, Math.min(kinds.size() - 1, index));
        Scene scene = stage.getScene();
        double width = scene.getWidth() > 0 ? scene.getWidth() : stage.getWidth();
        double height = scene.getHeight() > 0 ? scene.getHeight() : stage.getHeight();
        if (!(width > 0) || !(height > 0) || (target == shownIndex && width == shownWidth && height == shownHeight)) {
            return;
        }
        current = target;
        shownIndex = target;
        shownWidth = width;
        shownHeight = height;
        int request = ++requests;
        SlideKind kind = kinds.get(target);
        VBox[] slide = new VBox[1];
        Group[] shown = new Group[1];
        FxSteps.inTurn(
                () -> request == requests,
                Presentation::rethrow,
                () -> slide[0] = build(kind, width, height),
                () -> {
                    // Over the slide shown, unseen until whole; one left unfinished by an earlier request goes.
                    screen.getChildren().removeIf(node -> node.getOpacity() == 0);
                    shown[0] = new Group(slide[0]);
                    shown[0].setOpacity(0);
                    screen.getChildren().add(shown[0]);
                    slide[0].applyCss();
                },
                FxSteps.untilDone(() -> Slides.addSomeParts(slide[0])),
                () -> {
                    slide[0].layout();
                    shown[0].setOpacity(1);
                    screen.getChildren().setAll(shown[0]);
                });
    }

    private VBox build(SlideKind kind, double width, double height) {
        VBox slide = Slides.slide(viewModel, kind, viewModel.slides().texts(kind), SlideTheme.LIGHT, true);
        slide.getStyleClass().add("presentation-slide");
        slide.setUserData(kind);
        double magnification = Slides.magnification(kind, width, height);
        slide.setPrefSize(width / magnification, height / magnification);
        slide.setMinSize(width / magnification, height / magnification);
        slide.setMaxSize(width / magnification, height / magnification);
        slide.getTransforms().setAll(new Scale(magnification, magnification, 0, 0));
        return slide;
    }

    /** A slide that cannot be built fails as the key press that asked for it would have. */
    private static void rethrow(Throwable failure) {
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        throw (Error) failure;
    }
}
