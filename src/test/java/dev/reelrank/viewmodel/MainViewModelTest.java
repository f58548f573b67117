package dev.reelrank.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.model.Project;
import dev.reelrank.testing.TestProjects;
import dev.reelrank.viewmodel.charts.ChartBar;
import dev.reelrank.viewmodel.colors.ProductColors;
import dev.reelrank.viewmodel.port.BackgroundWork;
import dev.reelrank.viewmodel.port.ProjectStore;
import dev.reelrank.viewmodel.port.RecentFiles;
import dev.reelrank.viewmodel.port.UserSettings;
import dev.reelrank.viewmodel.products.ProductRowViewModel;
import dev.reelrank.viewmodel.session.ProjectSession;
import dev.reelrank.viewmodel.settings.WindowPlace;
import dev.reelrank.viewmodel.text.Texts;
import java.awt.Color;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The window's view model without a window: rows, edits, undo, the title and the notes. Figures
 * are those of {@link TestProjects#market()}.
 */
public class MainViewModelTest {
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private final ProjectSession session = new ProjectSession(TestProjects.market(), null, () -> TODAY);
    private final MainViewModel viewModel = new MainViewModel(session, Texts.english());

    private ProductRowViewModel row(String id) {
        return viewModel.products().row(id);
    }

    @Test
    void title_isTheAppName_forAProjectWithoutAFile_andMarksUnsavedChanges() {
        assertEquals("ReelRank", viewModel.titleProperty().get());
        row("veo-2").name().commit("Veo 2 (Vertex)");
        // Named as the toolbar names the project, not "Default dataset".
        assertEquals(
                "\u2022 " + session.project().name() + " \u2014 ReelRank",
                viewModel.titleProperty().get());
        assertFalse(session.project().name().isBlank());
        viewModel.undo();
        assertEquals("ReelRank", viewModel.titleProperty().get());
        var opened = new MainViewModel(TestProjects.market(), Path.of("/tmp/q1.reelrank.json"), Texts.english());
        assertEquals("q1.reelrank.json \u2014 ReelRank", opened.titleProperty().get());
    }

    @Test
    void aNameTypedWithAnEscapeOrABidiOverride_isRefusedInTheCell_andTheProjectKeepsItsName() {
        // Issue 16, item 5: the rule the file readers use (model.SafeText) holds for the table too.
        for (String typed : new String[] {"Veo\u001b[31m 2", "Veo \u202e2", "Veo \ud800"}) {
            assertFalse(row("veo-2").name().commit(typed), typed);
            assertTrue(
                    row("veo-2").name().errorProperty().get().contains("may not hold control characters"),
                    row("veo-2").name().errorProperty().get());
            assertEquals(
                    "Veo 2", session.project().product("veo-2").orElseThrow().name());
        }
    }

    @Test
    void presenting_darkensTheColoursThatWashOutOnWhite_keepingEachHue_andLeavesTheProjectAlone() {
        viewModel.products().row("kling-1.6").amount().commit("0.2");
        MainViewModel slides = viewModel.forPresentation();
        for (ChartBar bar : slides.costChart().bars()) {
            assertTrue(ProductColors.contrastOnWhite(bar.color()) >= 3, bar.name() + " " + bar.color());
            String own = viewModel.costChart().bars().stream()
                    .filter(b -> b.productId().equals(bar.productId()))
                    .findFirst()
                    .orElseThrow()
                    .color();
            assertEquals(hue(own), hue(bar.color()), 2.0, bar.name() + ": " + own + " became " + bar.color());
            assertEquals(own.equalsIgnoreCase(bar.color()), ProductColors.contrastOnWhite(own) >= 3, bar.name());
        }
        assertEquals(
                24.0,
                slides.costChart().bars().stream()
                        .filter(b -> b.productId().equals("kling-1.6"))
                        .findFirst()
                        .orElseThrow()
                        .value(),
                1e-9,
                "the edit made before presenting is on the slide");
        assertEquals(
                "#E69F00",
                ProductColors.styleOf(
                                session.project().product("kling-1.5").orElseThrow(),
                                ProductColors.assign(session.project()))
                        .color(),
                "the project keeps its colours");
        assertFalse(ProductColors.forProjector("#E69F00").equalsIgnoreCase("#E69F00"), "orange washes out on white");
    }

    private static double hue(String hex) {
        Color colour = Color.decode(hex);
        return Color.RGBtoHSB(colour.getRed(), colour.getGreen(), colour.getBlue(), null)[0] * 360;
    }

    @Test
    void choosingADisplayCurrency_isRememberedForTheNextRun() {
        UserSettings settings = UserSettings.inMemory();
        MainViewModel window = windowOn(settings);
        window.setDisplayCurrency("USD");
        assertEquals(Optional.of(Currency.getInstance("USD")), settings.displayCurrency());
        window.rememberPlace(new WindowPlace(10, 20, 1300, 820, false));
        assertEquals(Optional.of(new WindowPlace(10, 20, 1300, 820, false)), window.rememberedPlace());
    }

    @Test
    void revealingNamesInABlindTest_isRememberedForTheNextRun() {
        UserSettings settings = UserSettings.inMemory();
        assertFalse(windowOn(settings).blindTest().revealProperty().get(), "off until the presenter turns it on");
        windowOn(settings).blindTest().revealProperty().set(true);
        assertTrue(windowOn(settings).blindTest().revealProperty().get());
        windowOn(settings).blindTest().revealProperty().set(false);
        assertFalse(windowOn(settings).blindTest().revealProperty().get());
    }

    private static MainViewModel windowOn(UserSettings settings) {
        return new MainViewModel(
                new ProjectSession(TestProjects.market(), null, () -> TODAY),
                Texts.english(),
                new ProjectStore() {
                    @Override
                    public Project read(Path file) {
                        throw new UnsupportedOperationException();
                    }

                    @Override
                    public void write(Project project, Path file) {
                        throw new UnsupportedOperationException();
                    }

                    @Override
                    public Project blank() {
                        throw new UnsupportedOperationException();
                    }
                },
                RecentFiles.inMemory(),
                BackgroundWork.immediate(),
                (file, progress, cancelled) -> {
                    throw new IOException("unused");
                },
                settings);
    }

    @Test
    void aPricePerCredit_costsTwelveYuanPerMinute() {
        // 0.1 CNY a credit x 10 credits a 5-s clip = 1 CNY a clip = 0.2 CNY a second = 12 CNY a minute
        ProductRowViewModel kling = row("kling-1.6");
        assertEquals("Kling 1.6", kling.name().getText());
        assertEquals("可灵 1.6", kling.chineseNameProperty().get());
        assertEquals("0.1", kling.amount().getText());
        assertEquals("CNY", kling.currency().getText());
        assertEquals("per credit, 10 credits per 5-s clip", kling.unitProperty().get());
        assertEquals("Credits", kling.kind().getText());
        assertEquals("12.00", kling.costPerMinuteProperty().get());
        assertEquals("1.00", kling.costPerClipProperty().get());
    }

    @Test
    void aDollarPrice_isConvertedAtTheProjectRate_andCitesItsSource() {
        ProductRowViewModel veo = row("veo-2");
        // 0.5 USD a second x 60 x 7.0 CNY per USD = 210 CNY a minute; x 5 s = 17.50 CNY a clip
        assertEquals("210.00", veo.costPerMinuteProperty().get());
        assertEquals("17.50", veo.costPerClipProperty().get());
        assertTrue(
                veo.priceDetailsProperty().get().contains("Vertex AI price list (test fixture)"),
                veo.priceDetailsProperty().get());
        assertTrue(veo.priceDetailsProperty().get().contains("Feb 20, 2025"));
    }

    @Test
    void editingAPrice_movesTheCost_andMarksItEditedWithoutANewSource() {
        ProductRowViewModel kling = row("kling-1.6");
        assertTrue(kling.amount().commit("0.2"));
        assertEquals("24.00", kling.costPerMinuteProperty().get());
        assertTrue(kling.editedProperty().get());
        assertTrue(
                kling.source().getText().startsWith("[edited Nov 25, 2026]"),
                kling.source().getText());
        assertTrue(kling.priceDetailsProperty().get().contains("Edited Nov 25, 2026, source not updated."));
        assertEquals(
                TODAY,
                session.project().product("kling-1.6").orElseThrow().compared().edited());
        assertTrue(viewModel.costChart().footnoteProperty().get().contains("edited without a new source"));
    }

    @Test
    void aNewSource_clearsTheEditedMark() {
        ProductRowViewModel kling = row("kling-1.6");
        kling.amount().commit("0.2");
        assertTrue(kling.source().commit("My own quote from Kuaishou sales"));
        assertFalse(kling.editedProperty().get());
        assertEquals("My own quote from Kuaishou sales", kling.source().getText());
    }

    @Test
    void badText_showsAnError_andLeavesTheModelAsItWas() {
        ProductRowViewModel kling = row("kling-1.6");
        var before = session.project();
        assertFalse(kling.amount().commit("abc"));
        assertTrue(kling.amount().errorProperty().get().contains("not a number"));
        assertFalse(kling.amount().commit("$0.50"));
        assertTrue(kling.amount().errorProperty().get().contains("is not CNY"));
        assertFalse(kling.wins().commit("-3"));
        assertEquals(before, session.project());
        assertFalse(session.canUndoProperty().get());
        kling.amount().cancel();
        assertEquals("", kling.amount().errorProperty().get());
    }

    @Test
    void undoAndRedo_restoreEachEdit() {
        ProductRowViewModel kling = row("kling-1.6");
        kling.amount().commit("0.2");
        kling.wins().commit("900");
        assertEquals("undo", "undo");
        assertEquals(
                "change the wins of Kling 1.6",
                session.undoDescriptionProperty().get());
        viewModel.undo();
        assertEquals("600", kling.wins().getText());
        viewModel.undo();
        assertEquals("0.1", kling.amount().getText());
        assertEquals("12.00", kling.costPerMinuteProperty().get());
        viewModel.redo();
        assertEquals("24.00", kling.costPerMinuteProperty().get());
    }

    @Test
    void editingVotes_changesTheRatingAndItsInterval() {
        ProductRowViewModel kling = row("kling-1.6");
        String before = kling.ratingProperty().get();
        assertTrue(kling.wins().commit("1,520"));
        assertEquals("1,520", kling.wins().getText());
        // 1,520 / 450 / 50 votes: 1000 + 400 log10(1545.5 / 475.5) = 1204.8 (it was 1047.6)
        assertEquals(
                1000 + 400 * Math.log10(1545.5 / 475.5),
                kling.ratingValueProperty().get(),
                1e-9);
        assertFalse(before.equals(kling.ratingProperty().get()));
        assertTrue(kling.votesDetailsProperty().get().contains("Edited Nov 25, 2026"));
    }

    @Test
    void dateAndNumberColumns_haveTypedValuesToSortBy_whateverTheirText() {
        ProductRowViewModel kling = row("kling-1.6");
        assertEquals(
                0, new BigDecimal("0.1").compareTo(kling.amountValueProperty().get()));
        assertEquals(LocalDate.of(2024, 12, 19), kling.releaseDateProperty().get());
        assertEquals(LocalDate.of(2025, 1, 15), kling.asOfDateProperty().get(), "TestProjects' source date");
        assertEquals(600L, kling.winsValueProperty().get());
        assertEquals(450L, kling.lossesValueProperty().get());
        assertEquals(50L, kling.tiesValueProperty().get());
        assertTrue(kling.wins().commit("1,520"));
        assertEquals(1520L, kling.winsValueProperty().get());
        ProductRowViewModel movieGen = row("meta-movie-gen");
        assertEquals(null, movieGen.amountValueProperty().get(), "no figure, no value: it sorts last");
        assertEquals(null, movieGen.winsValueProperty().get());
        assertEquals(LocalDate.of(2025, 1, 15), movieGen.asOfDateProperty().get(), "when it was found not public");
    }

    @Test
    void productsWithoutAFigure_sayWhy_neverZero() {
        assertEquals("not public", row("meta-movie-gen").costPerMinuteProperty().get());
        assertEquals("Not public", row("meta-movie-gen").amount().getText());
        assertEquals("no price", row("pika-1.5").costPerMinuteProperty().get());
        assertEquals("no votes", row("meta-movie-gen").ratingProperty().get());
    }

    @Test
    void typingAPriceForAProductWithoutOne_givesItAPricePerClipInTheDisplayCurrency() {
        ProductRowViewModel pika = row("pika-1.5");
        assertTrue(pika.amount().commit("¥2.5"));
        assertEquals("CNY", pika.currency().getText());
        assertEquals("per 5-s clip", pika.unitProperty().get());
        assertEquals("30.00", pika.costPerMinuteProperty().get());
    }

    @Test
    void displayCurrency_convertsEveryCost_throughChainedRates() {
        viewModel.setDisplayCurrency("EUR");
        assertEquals("EUR", viewModel.displayCurrencyProperty().get());
        // 0.5 USD per second * 60 / 1.25 USD per EUR
        assertEquals("24.00", row("veo-2").costPerMinuteProperty().get());
        assertEquals(
                "Cost of generated video, EUR", viewModel.costHeaderProperty().get());
        assertTrue(viewModel.currencies().containsAll(List.of("CNY", "USD", "EUR")));
        viewModel.undo();
        assertEquals("CNY", viewModel.displayCurrencyProperty().get());
    }

    @Test
    void sampleVotes_areLabelledSample_inTheNoteAndTheTooltips() {
        assertTrue(viewModel.sampleNoteProperty().get().startsWith("Vote counts are sample data"));
        assertTrue(row("veo-2").votesDetailsProperty().get().startsWith("Sample data, not published counts."));
        assertTrue(
                viewModel.currencyNoteProperty().get().contains("1 USD = 7.0 CNY (as of Jan 15, 2025"),
                viewModel.currencyNoteProperty().get());
    }
}
