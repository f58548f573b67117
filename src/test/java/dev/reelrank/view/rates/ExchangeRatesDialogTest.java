package dev.reelrank.view.rates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.model.ExchangeRate;
import dev.reelrank.testing.DefaultLocale;
import dev.reelrank.testing.Dialogs;
import dev.reelrank.testing.TestProjects;
import dev.reelrank.view.WindowChecks;
import dev.reelrank.view.settings.ThemeManager;
import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.rates.ExchangeRateRow;
import dev.reelrank.viewmodel.session.ProjectSession;
import dev.reelrank.viewmodel.settings.Theme;
import dev.reelrank.viewmodel.text.Texts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The exchange-rate dialog alone (a component test), over {@link TestProjects#market()}, whose
 * rates are 1 USD in CNY and 1 EUR in USD: a rate added shows as a row and reaches the project, a bad one is
 * explained and adds nothing, a rate typed into the table is applied as the user's own figure, and Remove
 * takes a row away.
 */
@ExtendWith(ApplicationExtension.class)
class ExchangeRatesDialogTest {
    @RegisterExtension
    static final DefaultLocale LOCALE = DefaultLocale.of(Locale.US);

    private MainViewModel viewModel;
    private Stage owner;
    private final List<String> reported = new ArrayList<>();

    @Start
    void start(Stage stage) {
        Texts texts = Texts.english();
        viewModel = new MainViewModel(new ProjectSession(TestProjects.market(), null, texts), texts);
        owner = new Stage();
        owner.setScene(new Scene(new StackPane(), 900, 700));
        ThemeManager.style(owner.getScene(), Theme.LIGHT);
        owner.show();
        ExchangeRatesDialog.show(owner, viewModel.exchangeRates(), viewModel.currencies(), texts, reported::add);
    }

    @AfterEach
    void close(FxRobot robot) {
        Dialogs.closeWithOwner(robot, owner, "#rates-dialog");
    }

    @SuppressWarnings("unchecked")
    private TableView<ExchangeRateRow> table(FxRobot robot) {
        return robot.lookup("#rates-table").queryAs(TableView.class);
    }

    /** The pairs as the table draws them, top to bottom. */
    private List<String> shownPairs(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#rates-table .table-row-cell").queryAll().stream()
                .sorted((a, b) -> Double.compare(
                        a.localToScene(0, 0).getY(), b.localToScene(0, 0).getY()))
                .flatMap(row -> row.lookupAll(".table-cell").stream()
                        .filter(cell -> cell instanceof TableCell<?, ?> c
                                && !c.isEmpty()
                                && c.getTableColumn().getText().equals("Rate"))
                        .map(cell -> ((TableCell<?, ?>) cell).getText()))
                .toList();
    }

    private <T extends Node> T byPrompt(FxRobot robot, Class<T> type, String prompt) {
        return robot.lookup(n -> (n instanceof TextField f && prompt.equals(f.getPromptText()))
                        || (n instanceof ComboBox<?> c && prompt.equals(c.getPromptText())))
                .queryAs(type);
    }

    private void fillIn(FxRobot robot, String from, String to, String rate, String source) {
        typeOver(robot, byPrompt(robot, ComboBox.class, "From"), from);
        typeOver(robot, byPrompt(robot, ComboBox.class, "To"), to);
        typeOver(robot, byPrompt(robot, TextField.class, "Value"), rate);
        typeOver(robot, byPrompt(robot, TextField.class, "Source of the new rate"), source);
        robot.clickOn(Dialogs.button(robot, "Add rate"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void typeOver(FxRobot robot, Node field, String text) {
        robot.clickOn(field);
        robot.push(KeyCode.SHORTCUT, KeyCode.A);
        robot.push(KeyCode.BACK_SPACE);
        robot.write(text);
    }

    private String problemShown(FxRobot robot) {
        return robot.lookup(".dialog-problem").queryAs(Label.class).getText();
    }

    @Test
    void aRateAdded_showsAsARow_andReachesTheProject(FxRobot robot) {
        assertEquals(List.of("1 USD in CNY", "1 EUR in USD"), shownPairs(robot));
        fillIn(robot, "EUR", "CNY", "7.8", "ECB reference rate");
        assertEquals("", problemShown(robot));
        assertEquals(List.of("1 USD in CNY", "1 EUR in USD", "1 EUR in CNY"), shownPairs(robot));
        ExchangeRate added = viewModel.session().project().exchangeRates().getLast();
        assertEquals("EUR", added.from().getCurrencyCode());
        assertEquals(0, new BigDecimal("7.8").compareTo(added.rate()));
        assertEquals("ECB reference rate", added.provenance().source());
        assertEquals("", byPrompt(robot, TextField.class, "Value").getText(), "the form is cleared for the next");
    }

    /** A source longer than its column was cut with "…" and could be read only by editing it (2026-11-30). */
    @Test
    void aSourceLongerThanItsColumn_readsWholeInItsTooltip(FxRobot robot) {
        String source = "The exchange-api project's daily market rates (0.7874 on 2026-09-29, rounded; an aggregator"
                + " that does not name its own sources)";
        fillIn(robot, "GBP", "USD", "1.27", source);
        TableCell<?, ?> cell = robot.lookup("#rates-table .table-cell").queryAll().stream()
                .filter(n -> n instanceof TableCell<?, ?> c && !c.isEmpty() && source.equals(c.getText()))
                .map(n -> (TableCell<?, ?>) n)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no Source cell shows the new rate's source"));
        assertEquals(
                source, cell.getTooltip() == null ? null : cell.getTooltip().getText());
    }

    @Test
    void aBadRate_isExplained_andAddsNothing(FxRobot robot) {
        var before = viewModel.session().project();
        fillIn(robot, "EUR", "CNY", "-2", "ECB");
        assertEquals("A rate is a number above 0, such as 7.3", problemShown(robot));
        fillIn(robot, "", "", "", "");
        assertEquals("Type a three-letter currency code such as CNY, USD or EUR", problemShown(robot));
        assertEquals(before, viewModel.session().project());
        assertEquals(List.of("1 USD in CNY", "1 EUR in USD"), shownPairs(robot));
    }

    @Test
    void aRateTypedIntoTheTable_isApplied(FxRobot robot) {
        TableCell<?, ?> value = robot.lookup("#rates-table .table-cell").queryAll().stream()
                .map(n -> (TableCell<?, ?>) n)
                .filter(c -> !c.isEmpty() && c.getTableColumn().getId() != null)
                .filter(c -> c.getTableColumn().getId().equals("rates-value"))
                .findFirst()
                .orElseThrow();
        robot.doubleClickOn(value);
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.SHORTCUT, KeyCode.A);
        robot.write("7.25");
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                0,
                new BigDecimal("7.25")
                        .compareTo(viewModel
                                .session()
                                .project()
                                .exchangeRates()
                                .getFirst()
                                .rate()));
        assertEquals("7.25", value.getText(), "the cell shows the applied rate");
        // The typed rate is the user's, not the old source's figure: the row says so.
        WaitForAsyncUtils.waitForFxEvents();
        List<String> row = robot.lookup("#rates-table .table-cell").queryAll().stream()
                .map(n -> (TableCell<?, ?>) n)
                .filter(c -> !c.isEmpty() && c.getTableRow() == value.getTableRow())
                .map(c -> c.getText())
                .toList();
        assertTrue(row.contains("Typed in ReelRank"), row.toString());
        assertEquals(
                "Typed in ReelRank",
                viewModel
                        .session()
                        .project()
                        .exchangeRates()
                        .getFirst()
                        .provenance()
                        .source());
    }

    @Test
    void remove_takesTheSelectedRateAway_andUndoBringsItBack(FxRobot robot) {
        assertTrue(Dialogs.button(robot, "Remove rate").isDisabled(), "nothing to remove before a row is chosen");
        robot.interact(() -> table(robot).getSelectionModel().select(0));
        robot.clickOn(Dialogs.button(robot, "Remove rate"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("1 EUR in USD"), shownPairs(robot));
        assertEquals(1, viewModel.session().project().exchangeRates().size());
        robot.interact(viewModel::undo);
        assertEquals(List.of("1 USD in CNY", "1 EUR in USD"), shownPairs(robot));
    }

    @Test
    void theHintsInEmptyFields_readOnTheDarkTheme(FxRobot robot) {
        robot.interact(() -> {
            close(robot);
            owner = new Stage();
            owner.setScene(new Scene(new StackPane(), 900, 700));
            ThemeManager.style(owner.getScene(), Theme.DARK);
            owner.show();
            ExchangeRatesDialog.show(
                    owner, viewModel.exchangeRates(), viewModel.currencies(), Texts.english(), reported::add);
        });
        WaitForAsyncUtils.waitForFxEvents();
        TextField value = byPrompt(robot, TextField.class, "Value");
        Text hint = value.lookupAll(".text").stream()
                .filter(n -> n instanceof Text t && "Value".equals(t.getText()))
                .map(n -> (Text) n)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no hint drawn in the empty Value field"));
        // Modena fills a field with a short gradient down to its inner background colour.
        Paint fill = value.getBackground().getFills().getLast().getFill();
        Color behind = fill instanceof LinearGradient gradient
                ? gradient.getStops().getLast().getColor()
                : (Color) fill;
        double ratio = WindowChecks.contrast((Color) hint.getFill(), behind);
        assertTrue(ratio >= 4.5, "the hint reads at " + ratio + ":1 on the dark field");
    }
}
