package dev.reelrank.view;

import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.Texts;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** The main window: a header naming the dataset, the products table and the notes on sources. */
public final class MainWindow {
    public static final double DEFAULT_WIDTH = 1280;
    public static final double DEFAULT_HEIGHT = 800;
    private final MainViewModel viewModel;

    public MainWindow(MainViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /** Builds the scene graph; used by the window and by tests that need the same nodes. */
    public BorderPane createContent() {
        Texts texts = viewModel.texts();
        Label title = new Label(texts.get("app.title"));
        title.getStyleClass().add("app-title");
        Label tagline = new Label(texts.get("app.tagline"));
        tagline.getStyleClass().add("app-tagline");
        Label project = new Label();
        project.setId("project-name");
        project.getStyleClass().add("project-name");
        project.textProperty().bind(viewModel.projectNameProperty());
        Label description = new Label();
        description.getStyleClass().add("project-description");
        description.setWrapText(true);
        description.textProperty().bind(viewModel.descriptionProperty());
        VBox header = new VBox(2, title, tagline, project, description);
        header.getStyleClass().add("header");

        Label sample = note(viewModel.sampleNoteProperty().get(), "sample-note");
        sample.setId("sample-note");
        sample.setVisible(!sample.getText().isEmpty());
        sample.setManaged(sample.isVisible());
        Label rates = note(viewModel.currencyNoteProperty().get(), "rates-note");
        Label hover = note(texts.get("note.hoverForSources"), "hint-note");
        VBox footer = new VBox(4, sample, rates, hover);
        footer.getStyleClass().add("footer");

        BorderPane root = new BorderPane(ProductTable.create(viewModel));
        root.setTop(header);
        root.setBottom(footer);
        BorderPane.setMargin(root.getCenter(), new Insets(0, 16, 0, 16));
        root.getStyleClass().add("main-window");
        return root;
    }

    public void show(Stage stage) {
        Scene scene = new Scene(createContent(), DEFAULT_WIDTH, DEFAULT_HEIGHT);
        scene.getStylesheets().add(stylesheet());
        stage.titleProperty().bind(viewModel.titleProperty());
        stage.setMinWidth(800);
        stage.setMinHeight(500);
        stage.setScene(scene);
        stage.show();
    }

    public static String stylesheet() {
        return Objects.requireNonNull(MainWindow.class.getResource("reelrank.css"), "reelrank.css").toExternalForm();
    }

    private static Label note(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().addAll("note", styleClass);
        return label;
    }
}
