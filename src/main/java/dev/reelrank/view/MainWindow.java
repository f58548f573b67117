package dev.reelrank.view;

import dev.reelrank.view.blindtest.BlindTestSetupDialog;
import dev.reelrank.view.charts.CostChartPanel;
import dev.reelrank.view.charts.RatingChartPanel;
import dev.reelrank.view.controls.AppIcon;
import dev.reelrank.view.controls.FieldFeedback;
import dev.reelrank.view.files.FileDrop;
import dev.reelrank.view.kpi.KpiStrip;
import dev.reelrank.view.products.ProductDetailsPane;
import dev.reelrank.view.products.ProductRowActions;
import dev.reelrank.view.products.ProductTable;
import dev.reelrank.view.settings.ThemeManager;
import dev.reelrank.view.slides.ImageMaker;
import dev.reelrank.view.slides.Presentation;
import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.port.BuiltInView;
import dev.reelrank.viewmodel.products.ProductRowViewModel;
import dev.reelrank.viewmodel.settings.Language;
import dev.reelrank.viewmodel.slides.ChartTab;
import dev.reelrank.viewmodel.slides.SlideKind;
import dev.reelrank.viewmodel.text.Texts;
import impl.org.controlsfx.skin.DecorationPane;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.image.Image;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The main window: menus and a toolbar, the cost and rating charts above the products table, and
 * notes on sources and sample data below. It only binds to its view model and calls its commands.
 */
public final class MainWindow {
    public static final double DEFAULT_WIDTH = 1280;
    public static final double DEFAULT_HEIGHT = 800;
    private final MainViewModel viewModel;
    private final Texts texts;
    private final ImageMaker images;
    private final String version;
    private BorderPane root;
    // The table and the KPI tiles cost most of the first layout, and building the table about 45 ms
    // more; a window that shows its charts first builds and adds them right after the first frame
    // (see showChartsFirst).
    private boolean chartsFirst;
    // The picture of the window its last start showed, under which this one is built; or null.
    private Image picture;
    private Runnable addDeferredParts = () -> {};
    private boolean addDeferredPartsDone;
    private final List<Runnable> chartsPainted = new ArrayList<>();
    private final BooleanProperty noRowSelected = new SimpleBooleanProperty(true);
    TableView<ProductRowViewModel> table;
    private ChartTabs charts;
    final WindowActions actions;
    ProductRowActions rows;

    public MainWindow(MainViewModel viewModel, ImageMaker images) {
        this(viewModel, images, "");
    }

    /** @param version what Help → About names, e.g. 0.1.0 */
    public MainWindow(MainViewModel viewModel, ImageMaker images, String version) {
        this.viewModel = viewModel;
        this.texts = viewModel.texts();
        this.images = images;
        this.version = version;
        this.actions = new WindowActions(this, viewModel, texts, images);
    }

    /**
     * Offers the work windows closed without saving left behind, newest first, until the user
     * restores one (the rest wait for the next start) or has answered for each.
     */
    public void offerLeftoverWork() {
        actions.offerLeftoverWork();
    }

    /** Builds the scene graph; used by the window and by tests that need the same nodes. */
    public BorderPane createContent() {
        // One message under whichever field is being edited, and "Not applied" in the status line.
        FieldFeedback feedback = FieldFeedback.withStatusLine(viewModel.texts(), viewModel::reportProblem, problem -> {
            if (viewModel.statusIsProblemProperty().get()
                    && problem.equals(viewModel.statusProperty().get())) {
                viewModel.reportProblem("");
            }
        });
        viewModel.files().onChangedOnDisk(actions::askAboutChangeOnDisk);
        var costPanel = new CostChartPanel(viewModel.costChart(), texts);
        var ratingPanel = new RatingChartPanel(viewModel.ratingChart(), texts);
        SplitPane costAndRating = new SplitPane(costPanel, ratingPanel);
        costAndRating.getStyleClass().add("charts");
        charts = new ChartTabs(viewModel, texts, feedback, costAndRating);
        VBox chartArea = new VBox(charts.pane());
        VBox.setVgrow(charts.pane(), Priority.ALWAYS);
        // Neither part can be dragged down to a sliver: the charts keep room for a few rows, the table for a few
        // products.
        chartArea.setMinHeight(220);
        SplitPane main = new SplitPane(chartArea);
        main.setOrientation(Orientation.VERTICAL);
        Runnable addTiles = () -> chartArea.getChildren().addFirst(new KpiStrip(viewModel.kpis()));
        if (chartsFirst) {
            // Placeholders of the same size keep the charts where they will stay.
            Region tilesRoom = placeholder("kpi-placeholder");
            Region tableRoom = placeholder("table-placeholder");
            chartArea.getChildren().addFirst(tilesRoom);
            tableRoom(main, tableRoom);
            addDeferredParts = () -> {
                chartArea.getChildren().remove(tilesRoom);
                addTiles.run();
                tableRoom(main, tableAndDetails(feedback));
            };
        } else {
            tableRoom(main, tableAndDetails(feedback));
            addTiles.run();
        }

        root = new BorderPane(main);
        root.setTop(new VBox(
                new MainMenus(this, viewModel, texts, version).bar(),
                new MainToolbar(this, viewModel, texts).bar(),
                NoticeBars.builtInBar(viewModel, texts, this::openBuiltIn),
                NoticeBars.recoveryBar(viewModel, texts)));
        root.setBottom(StatusFooter.of(viewModel, texts));
        root.getStyleClass().add("main-window");
        return root;
    }

    /** Blank, or the part of the start's picture that the part to come will draw there. */
    private Region placeholder(String styleClass) {
        Region room = picture == null ? new Region() : new PictureCrop(picture);
        room.getStyleClass().add(styleClass);
        return room;
    }

    /** The products table and the details pane beside it; the table's selection drives both. */
    private SplitPane tableAndDetails(FieldFeedback feedback) {
        table = ProductTable.create(viewModel, feedback);
        rows = new ProductRowActions(viewModel, table);
        table.setOnKeyPressed(key -> {
            if (key.getCode() == KeyCode.DELETE && table.getEditingCell() == null) {
                rows.deleteSelected();
                key.consume();
            }
        });
        ProductDetailsPane details = new ProductDetailsPane(viewModel.details(), texts, feedback);
        // A window rebuilt in another language selects the product the last one had selected.
        String selectedBefore = viewModel.details().selectedId();
        table.getSelectionModel()
                .selectedItemProperty()
                .addListener((obs, old, row) -> viewModel.details().select(row == null ? null : row.id()));
        noRowSelected.bind(table.getSelectionModel().selectedItemProperty().isNull());
        if (selectedBefore != null) {
            rows.select(selectedBefore);
        }
        SplitPane tableAndDetails = new SplitPane(table, details);
        tableAndDetails.setDividerPositions(0.76);
        SplitPane.setResizableWithParent(details, false);
        tableAndDetails.setMinHeight(120);
        return tableAndDetails;
    }

    /** True until a product row is selected: the row commands other than Add wait for one. */
    ObservableBooleanValue noRowSelected() {
        return noRowSelected;
    }

    /**
     * Runs a command on the table's rows. On the desktop start the table comes a frame after the
     * charts; a shortcut pressed before it exists does nothing.
     */
    void onRows(Consumer<ProductRowActions> command) {
        if (rows != null) {
            command.accept(rows);
        }
    }

    private Node tablePart;
    private boolean tableRoomBound;

    /**
     * Puts {@code part} (the table and details, or its placeholder) below the charts with the share
     * of the height the user last gave it, or leaves it out while the table is put away (View >
     * Products Table); the divider is remembered as it is dragged.
     */
    private void tableRoom(SplitPane main, Node part) {
        tablePart = part;
        SplitPane.setResizableWithParent(part, false);
        placeTable(main);
        if (tableRoomBound) {
            return;
        }
        tableRoomBound = true;
        viewModel.tableShownProperty().addListener((obs, was, shown) -> placeTable(main));
        main.getDividers().addListener((ListChangeListener<SplitPane.Divider>) change -> follow(main));
        follow(main);
    }

    private void placeTable(SplitPane main) {
        main.getItems().retainAll(List.of(main.getItems().getFirst()));
        if (viewModel.tableShownProperty().get()) {
            main.getItems().add(tablePart);
            main.setDividerPositions(1 - viewModel.tableShareProperty().get());
        }
    }

    private void follow(SplitPane main) {
        for (SplitPane.Divider divider : main.getDividers()) {
            divider.positionProperty().addListener((obs, old, position) -> {
                if (main.getItems().size() > 1 && main.getScene() != null && main.getHeight() > 0) {
                    viewModel.tableShareProperty().set(Math.min(0.85, Math.max(0.15, 1 - position.doubleValue())));
                }
            });
        }
    }

    Window window() {
        return root.getScene().getWindow();
    }

    /**
     * Shows the window with its charts first and adds the table and the KPI tiles right after the
     * first frame: the desktop app's start-up path, where every 100 ms before the first frame counts.
     */
    public void showChartsFirst(Stage stage) {
        showChartsFirst(stage, null);
    }

    /**
     * The same, in a stage that shows {@code picture}, the picture of this window as its last start
     * showed it (see {@link StartPicture}): the window takes the stage's scene over, and until the table
     * and tiles come, their places show their part of the picture.
     */
    public void showChartsFirst(Stage stage, Image picture) {
        chartsFirst = true;
        this.picture = picture;
        show(stage);
        FirstPaint.whenPainted(stage.getScene(), () -> {
            chartsPainted.forEach(Runnable::run);
            chartsPainted.clear();
            addDeferredParts.run();
            addDeferredParts = () -> {};
            addDeferredPartsDone = true;
            // Decoding and scaling the icons took about 30 ms of a 2-core start; the window manager
            // can show them a frame later.
            stage.getIcons().setAll(AppIcon.images());
        });
    }

    /**
     * Runs {@code painted} once a window shown with {@link #showChartsFirst} has its charts on the
     * screen, before the table and the tiles are built: what it times is the charts' frame.
     */
    public void whenChartsPainted(Runnable painted) {
        chartsPainted.add(painted);
    }

    /** The slide of the chart in the tab in front. */
    SlideKind shownChart() {
        return charts.shownSlide();
    }

    void present() {
        Presentation.start(window(), viewModel);
    }

    void blindTest() {
        BlindTestSetupDialog.show(window(), viewModel);
    }

    /** Rebuilds the window in another language on the same project, undo history and unsaved changes. */
    void switchLanguage(Language language) {
        if (language == viewModel.languageProperty().get()) {
            return;
        }
        if (!viewModel.canSwitchLanguage()) {
            viewModel.reportProblem(texts.get("status.languageBusy"));
            return;
        }
        Stage stage = (Stage) window();
        ChartTab tab = charts.shown();
        // Text typed but not yet entered is applied (or, if wrong, dropped) as when the field loses the focus.
        root.requestFocus();
        MainWindow next = new MainWindow(viewModel.inLanguage(language), images);
        next.replace(stage);
        next.charts.show(tab);
    }

    void openBuiltIn(BuiltInView view) {
        actions.guardUnsaved(() -> viewModel.files().openBuiltIn(view));
    }

    public void show(Stage stage) {
        // ControlsFX puts its validation markers in a DecorationPane at the top of the scene; having one
        // from the start spares a swap of the scene's root (and a CSS pass) at the first typing error.
        DecorationPane decorations = new DecorationPane();
        decorations.setRoot(createContent());
        Scene scene;
        if (picture != null && stage.getScene() != null) {
            // The stage shows the start's picture: the same scene, so the window keeps its size.
            scene = stage.getScene();
            scene.setRoot(decorations);
            StartPicture.handOver(scene);
            // The window's CSS now rather than at the next pulse: the scene is focused, and before its CSS
            // pass the chart tabs cannot take the focus, so JavaFX would give it to a later part.
            decorations.applyCss();
        } else {
            scene = new Scene(decorations, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        }
        attach(stage, scene);
        focusChartTabsFirst(scene);
        minimumSize(stage);
        if (!chartsFirst) {
            stage.getIcons().setAll(AppIcon.images());
        }
        stage.setScene(scene);
        WindowPlacement.asLastTime(stage, viewModel);
        stage.show();
    }

    public MainViewModel viewModel() {
        return viewModel;
    }

    /**
     * The chart tabs take the keyboard first, as the first part in the window's order. Said, because a
     * window built over the start's picture is focused before its controls have skins, and JavaFX then
     * gives the focus to a later part (the built-in view's link) for a frame or more. Held until the
     * window is whole, or until the user presses a key or a button.
     */
    private void focusChartTabsFirst(Scene scene) {
        Runnable[] hold = new Runnable[1];
        List<EventHandler<InputEvent>> used = new ArrayList<>(1);
        Runnable letGo = () -> {
            scene.removePreLayoutPulseListener(hold[0]);
            scene.removeEventFilter(InputEvent.ANY, used.getFirst());
        };
        used.add(event -> {
            if (event.getEventType() == KeyEvent.KEY_PRESSED || event.getEventType() == MouseEvent.MOUSE_PRESSED) {
                letGo.run();
            }
        });
        // Before each pulse's CSS pass, so that the frame it draws shows the focus where it is.
        hold[0] = () -> {
            boolean whole = !chartsFirst || addDeferredPartsDone;
            if (root.getScene() == scene && scene.getFocusOwner() != charts.pane()) {
                charts.pane().requestFocus();
            }
            if (whole || root.getScene() != scene) {
                letGo.run();
            }
        };
        scene.addEventFilter(InputEvent.ANY, used.getFirst());
        scene.addPreLayoutPulseListener(hold[0]);
        hold[0].run();
    }

    static void minimumSize(Stage stage) {
        stage.setMinWidth(900);
        stage.setMinHeight(600);
    }

    /** Takes over a stage that shows another main window (in another language): same scene, size and place. */
    void replace(Stage stage) {
        Scene scene = stage.getScene();
        ((DecorationPane) scene.getRoot()).setRoot(createContent());
        attach(stage, scene);
    }

    private void attach(Stage stage, Scene scene) {
        ThemeManager.style(scene, viewModel.themeProperty().get());
        viewModel.themeProperty().addListener((obs, old, theme) -> ThemeManager.apply(scene, theme));
        stage.titleProperty().bind(viewModel.titleProperty());
        stage.setOnCloseRequest(event -> {
            if (viewModel.files().hasUnsavedChanges()) {
                event.consume();
                actions.closeWindow();
            }
        });
        FileDrop.install(
                scene,
                file -> actions.guardUnsaved(() -> actions.open(file)),
                () -> viewModel.reportProblem(texts.get("status.dropOnlyProjects")));
    }
}
