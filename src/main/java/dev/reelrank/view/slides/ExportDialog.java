package dev.reelrank.view.slides;

import dev.reelrank.view.controls.FieldFeedback;
import dev.reelrank.view.controls.ValidatingTextField;
import dev.reelrank.view.settings.ThemeManager;
import dev.reelrank.viewmodel.slides.ExportViewModel;
import dev.reelrank.viewmodel.slides.SizePreset;
import dev.reelrank.viewmodel.slides.SlideKind;
import dev.reelrank.viewmodel.slides.SlideTheme;
import dev.reelrank.viewmodel.text.Texts;
import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.control.SegmentedButton;

/** File → Export Image: the chart, size, scale, background and words of an exported PNG. */
public final class ExportDialog {
    public enum Choice {
        EXPORT,
        COPY,
        CANCEL
    }

    private ExportDialog() {}

    /** Shows the dialog and returns what the user chose; the settings stay in the view model. */
    public static Choice ask(Window owner, ExportViewModel viewModel, Texts texts) {
        Dialog<Choice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(texts.get("export.title"));
        dialog.setHeaderText(null);
        ButtonType export = new ButtonType(texts.get("export.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType copy = new ButtonType(texts.get("export.copy"), ButtonBar.ButtonData.OTHER);
        ButtonType cancel = new ButtonType(texts.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(export, copy, cancel);
        dialog.getDialogPane().setContent(form(viewModel, texts));
        dialog.getDialogPane().setId("export-dialog");
        ThemeManager.styleLike(dialog.getDialogPane(), owner);
        for (ButtonType type : List.of(export, copy)) {
            Button button = (Button) dialog.getDialogPane().lookupButton(type);
            button.disableProperty()
                    .bind(viewModel.problemProperty().isNotEmpty().or(viewModel.busyProperty()));
        }
        dialog.setResultConverter(type -> type == export ? Choice.EXPORT : type == copy ? Choice.COPY : Choice.CANCEL);
        // A warning that wraps onto more lines makes the form taller: the window grows with it, so the
        // buttons stay inside it.
        viewModel
                .problemProperty()
                .addListener((obs, old, problem) -> Platform.runLater(() -> {
                    Window shown = dialog.getDialogPane().getScene().getWindow();
                    if (shown != null && shown.isShowing()) {
                        shown.sizeToScene();
                    }
                }));
        return dialog.showAndWait().orElse(Choice.CANCEL);
    }

    private static GridPane form(ExportViewModel viewModel, Texts texts) {
        ComboBox<SlideKind> chart = choice(viewModel.kinds(), viewModel::kindName);
        chart.setId("export-chart");
        chart.valueProperty().bindBidirectional(viewModel.kindProperty());
        ComboBox<SizePreset> preset = choice(viewModel.presets(), viewModel::presetName);
        preset.setId("export-preset");
        preset.valueProperty().bindBidirectional(viewModel.presetProperty());
        FieldFeedback feedback = FieldFeedback.underTheField(texts);
        ValidatingTextField width = new ValidatingTextField(viewModel.width(), feedback);
        width.setId("export-width");
        ValidatingTextField height = new ValidatingTextField(viewModel.height(), feedback);
        height.setId("export-height");
        for (TextField side : List.of(width, height)) {
            side.setPrefColumnCount(5);
            side.disableProperty().bind(viewModel.presetProperty().isNotEqualTo(SizePreset.CUSTOM));
        }
        HBox size = new HBox(
                6, preset, new Label(texts.get("export.width")), width, new Label(texts.get("export.height")), height);
        size.setAlignment(Pos.CENTER_LEFT);

        SegmentedButton scale = new SegmentedButton();
        for (int factor : viewModel.scales()) {
            ToggleButton button = new ToggleButton(viewModel.scaleName(factor));
            button.setId("export-scale-" + factor);
            int chosen = factor;
            button.setSelected(viewModel.scaleProperty().get() == factor);
            button.setOnAction(e -> {
                viewModel.scaleProperty().set(chosen);
                button.setSelected(true);
            });
            scale.getButtons().add(button);
        }
        ComboBox<SlideTheme> theme = choice(viewModel.themes(), viewModel::themeName);
        theme.setId("export-theme");
        theme.valueProperty().bindBidirectional(viewModel.themeProperty());
        TextField title = new TextField();
        title.setId("export-title");
        title.textProperty().bindBidirectional(viewModel.titleProperty());
        TextField subtitle = new TextField();
        subtitle.setId("export-subtitle");
        subtitle.textProperty().bindBidirectional(viewModel.subtitleProperty());
        Label pixels = new Label();
        pixels.setId("export-pixels");
        pixels.textProperty()
                .bind(Bindings.when(viewModel.problemProperty().isEmpty())
                        .then(viewModel.pixelSizeProperty())
                        .otherwise(viewModel.problemProperty()));
        pixels.getStyleClass().add("note");
        pixels.setWrapText(true);
        pixels.setMaxWidth(520);
        // A long warning wraps onto more lines and keeps the height they need.
        pixels.setMinHeight(Region.USE_PREF_SIZE);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(12, 12, 4, 12));
        row(grid, 0, texts.get("export.chart"), chart);
        row(grid, 1, texts.get("export.size"), size);
        row(grid, 2, texts.get("export.scale"), scale);
        row(grid, 3, texts.get("export.background"), theme);
        row(grid, 4, texts.get("export.titleField"), title);
        row(grid, 5, texts.get("export.subtitleField"), subtitle);
        grid.add(pixels, 1, 6);
        GridPane.setHgrow(title, Priority.ALWAYS);
        title.setPrefColumnCount(36);
        return grid;
    }

    private static void row(GridPane grid, int row, String caption, Node field) {
        Label label = new Label(caption);
        label.setLabelFor(field);
        // Captions keep their words when a long warning below asks the form for room.
        label.setMinWidth(Region.USE_PREF_SIZE);
        grid.add(label, 0, row);
        grid.add(field, 1, row);
    }

    private static <T> ComboBox<T> choice(List<T> values, Function<T, String> name) {
        ComboBox<T> box = new ComboBox<>(FXCollections.observableArrayList(values));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
        return box;
    }
}
