package dev.reelrank.view.blindtest;

import dev.reelrank.view.settings.ThemeManager;
import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.blindtest.BlindTestSetupViewModel;
import dev.reelrank.viewmodel.blindtest.BlindTestSetupViewModel.ProductChoice;
import dev.reelrank.viewmodel.blindtest.BlindTestSetupViewModel.Unfinished;
import dev.reelrank.viewmodel.text.Texts;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Getting a blind test ready in the window: the clips checked one by one (with what each is, or why
 * it is left out), the products, the seed, the reveal switch, and Start; or Resume for a test the
 * room left before its end.
 */
public final class BlindTestSetupDialog {
    private final Stage stage = new Stage();
    private final MainViewModel window;
    private final BlindTestSetupViewModel setup;
    private final Texts texts;
    private final Window owner;

    private BlindTestSetupDialog(Window owner, MainViewModel window) {
        this.owner = owner;
        this.window = window;
        this.setup = window.blindTestSetup();
        this.texts = window.texts();

        Label title = new Label(texts.get("blindSetup.title"));
        title.getStyleClass().add("chart-title");

        VBox unfinished = new VBox(6);
        unfinished.setId("blind-setup-unfinished");
        // Enter resumes the latest test left with Esc rather than starting another on the same clips.
        BooleanProperty resumeIsDefault = new SimpleBooleanProperty(false);
        Runnable listUnfinished = () -> {
            unfinished.getChildren().clear();
            resumeIsDefault.set(false);
            Button latest = null;
            if (!setup.unfinished().isEmpty()) {
                unfinished.getChildren().add(new Label(texts.get("blindSetup.resumeHeader")));
            }
            for (Unfinished test : setup.unfinished()) {
                Button resume = new Button(texts.get("blindSetup.resume"));
                resume.setId("blind-resume-" + test.id());
                resume.setOnAction(e -> {
                    setup.resume(test.id());
                    present();
                });
                resume.setDisable(!test.resumable());
                if (test.resumable()) {
                    latest = resume;
                }
                Label label = new Label(
                        test.resumable()
                                ? test.label()
                                : texts.format("blindSetup.unfinishedGone", test.label(), test.missing()));
                HBox row = new HBox(10, label, resume);
                row.setAlignment(Pos.CENTER_LEFT);
                unfinished.getChildren().add(row);
            }
            if (latest != null) {
                latest.setDefaultButton(true);
                resumeIsDefault.set(true);
            }
        };
        setup.unfinished().addListener((ListChangeListener<Unfinished>) c -> listUnfinished.run());
        listUnfinished.run();

        Label clipsLabel = new Label(texts.get("blindSetup.clips"));
        ListView<String> lines = new ListView<>(setup.lines());
        lines.setId("blind-setup-clips");
        lines.setPrefHeight(220);
        // A clip left out says why in a long line: it wraps at the list's width instead of running off it.
        lines.setCellFactory(list -> new ListCell<>() {
            {
                setWrapText(true);
                prefWidthProperty().bind(list.widthProperty().subtract(24));
                setMaxWidth(Control.USE_PREF_SIZE);
            }

            @Override
            protected void updateItem(String line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty ? null : line);
            }
        });
        VBox.setVgrow(lines, Priority.ALWAYS);
        ProgressBar checking = new ProgressBar();
        checking.progressProperty().bind(setup.progressProperty());
        checking.visibleProperty().bind(setup.checkingProperty());
        checking.managedProperty().bind(checking.visibleProperty());
        checking.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(checking, Priority.ALWAYS);
        Button stop = new Button(texts.get("blindSetup.cancel"));
        stop.visibleProperty().bind(setup.checkingProperty());
        stop.managedProperty().bind(stop.visibleProperty());
        stop.setOnAction(e -> setup.cancel());
        Button again = new Button(texts.get("blindSetup.check"));
        again.setId("blind-setup-check");
        again.disableProperty()
                .bind(setup.checkingProperty().or(setup.hasLibraryProperty().not()));
        again.setOnAction(e -> setup.check());
        Button folder = new Button(texts.get("blindSetup.chooseFolder"));
        folder.setId("blind-setup-folder");
        folder.disableProperty().bind(setup.checkingProperty());
        folder.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(texts.get("blindSetup.chooseFolder"));
            startIn(setup).ifPresent(chooser::setInitialDirectory);
            File chosen = chooser.showDialog(stage);
            if (chosen != null) {
                read(chosen.toPath());
            }
        });
        Button manifest = new Button(texts.get("blindSetup.chooseManifest"));
        manifest.setId("blind-setup-manifest");
        manifest.disableProperty().bind(setup.checkingProperty());
        manifest.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(texts.get("blindSetup.chooseManifest"));
            startIn(setup).ifPresent(chooser::setInitialDirectory);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
            File chosen = chooser.showOpenDialog(stage);
            if (chosen != null) {
                read(chosen.toPath());
            }
        });
        setup.unknownProductsProperty().addListener((obs, old, names) -> {
            if (!names.isEmpty()) {
                askAboutUnknown(names);
            }
        });
        HBox checkRow = new HBox(8, checking, stop, again, folder, manifest);
        checkRow.setAlignment(Pos.CENTER_LEFT);

        Label productsLabel = new Label(texts.get("blindSetup.products"));
        productsLabel.visibleProperty().bind(Bindings.isNotEmpty(setup.products()));
        productsLabel.managedProperty().bind(productsLabel.visibleProperty());
        FlowPane products = new FlowPane(14, 8);
        products.setId("blind-setup-products");
        setup.products().addListener((ListChangeListener<ProductChoice>) c -> {
            products.getChildren().clear();
            for (ProductChoice choice : setup.products()) {
                CheckBox box = new CheckBox(choice.name());
                box.setId("blind-product-" + choice.id());
                box.selectedProperty().bindBidirectional(choice.chosen());
                products.getChildren().add(box);
            }
        });

        TextField seed = new TextField();
        seed.setId("blind-setup-seed");
        seed.textProperty().bindBidirectional(setup.seedProperty());
        seed.setPrefColumnCount(12);
        Label seedLabel = new Label(texts.get("blindSetup.seed"));
        seedLabel.setLabelFor(seed);
        CheckBox reveal = new CheckBox(texts.get("blindSetup.reveal"));
        reveal.setId("blind-setup-reveal");
        reveal.selectedProperty().bindBidirectional(window.blindTest().revealProperty());
        HBox options = new HBox(10, seedLabel, seed, reveal);
        options.setAlignment(Pos.CENTER_LEFT);
        HBox.setMargin(reveal, new Insets(0, 0, 0, 16));

        Label plan = new Label();
        plan.setId("blind-setup-plan");
        plan.setWrapText(true);
        plan.setMinHeight(Region.USE_PREF_SIZE);
        plan.textProperty().bind(setup.planProperty());

        Button start = new Button(texts.get("blindSetup.start"));
        start.setId("blind-setup-start");
        start.defaultButtonProperty().bind(resumeIsDefault.not());
        start.disableProperty().bind(Bindings.not(setup.readyProperty()));
        start.setOnAction(e -> {
            if (setup.start() == null) {
                present();
            }
        });
        Button close = new Button(texts.get("blindSetup.cancel"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, spacer, close, start);

        VBox root = new VBox(
                10, title, unfinished, clipsLabel, lines, checkRow, productsLabel, products, options, plan, buttons);
        root.setId("blind-setup");
        root.setPadding(new Insets(16));
        Scene scene = new Scene(root, 720, 600);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        } else {
            ThemeManager.style(scene, window.themeProperty().get());
        }
        stage.setScene(scene);
        stage.setTitle(texts.get("blindSetup.title"));
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setOnHidden(e -> setup.cancel());
    }

    /** Where the last library came from, for the products a library adds. */
    private Path source;

    private void read(Path chosen) {
        source = chosen;
        setup.readLibrary(chosen);
    }

    private void askAboutUnknown(List<String> names) {
        ButtonType add = new ButtonType(texts.get("blindSetup.addUnknown"), ButtonBar.ButtonData.YES);
        ButtonType leave = new ButtonType(texts.get("blindSetup.leaveOut"), ButtonBar.ButtonData.NO);
        Alert ask = new Alert(
                Alert.AlertType.CONFIRMATION, texts.format("blindSetup.unknownText", texts.list(names)), add, leave);
        ask.setTitle(texts.get("blindSetup.unknownTitle"));
        ask.setHeaderText(null);
        ask.initOwner(stage);
        ThemeManager.styleLike(ask.getDialogPane(), stage);
        setup.addUnknown(ask.showAndWait().filter(add::equals).isPresent(), source);
    }

    private void present() {
        stage.close();
        BlindTestScreen.show(owner, window);
    }

    /** Opens the dialog and starts checking the project's clips; returns its stage (for tests). */
    public static Stage show(Window owner, MainViewModel window) {
        BlindTestSetupDialog dialog = new BlindTestSetupDialog(owner, window);
        dialog.stage.show();
        dialog.setup.check();
        return dialog.stage;
    }

    /** Opens the dialog on the clips of a folder or manifest, as if chosen with its buttons. */
    public static Stage show(Window owner, MainViewModel window, Path library) {
        BlindTestSetupDialog dialog = new BlindTestSetupDialog(owner, window);
        dialog.stage.show();
        dialog.read(library);
        return dialog.stage;
    }

    /**
     * The chooser's first folder, when it is still there (a chooser refuses one that is not); else the
     * home folder: GTK's own start, "Recent", ignores a path typed with Ctrl+L.
     */
    private static java.util.Optional<File> startIn(BlindTestSetupViewModel setup) {
        return setup.startFolder()
                .map(java.nio.file.Path::toFile)
                .filter(File::isDirectory)
                .or(() -> java.util.Optional.of(new File(System.getProperty("user.home")))
                        .filter(File::isDirectory));
    }
}
