package dev.reelrank.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.model.ChartStyle;
import dev.reelrank.model.CostCalculator;
import dev.reelrank.model.ExchangeRate;
import dev.reelrank.model.HeadToHead;
import dev.reelrank.model.PriceKind;
import dev.reelrank.model.PriceOption;
import dev.reelrank.model.Product;
import dev.reelrank.model.Project;
import dev.reelrank.model.Provenance;
import dev.reelrank.testing.Wording;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded dataset holds together, whatever its figures: it is a valid project in the writer's
 * own form, every figure says where it comes from, as of when and what kind of figure it is, ids
 * and colours are unique, and every compared price converts to the display currency. These are
 * the only tests that read the dataset's content; every other test builds its own project
 * ({@code dev.reelrank.testing.TestProjects}), so replacing the dataset breaks none of them.
 */
class DefaultDatasetTest {
    private final Project project = DefaultDataset.load();

    @TempDir
    Path folder;

    private static void assertCited(Provenance provenance, String what) {
        assertNotNull(provenance, what + ": no source");
        assertFalse(provenance.source().isBlank(), what + ": blank source");
        assertNotNull(provenance.asOf(), what + ": no date");
    }

    @Test
    void isInTheWritersCanonicalForm_andReadsBackTheSame() throws Exception {
        byte[] shipped;
        try (var in = DefaultDataset.openResource()) {
            shipped = in.readAllBytes();
        }
        var written = new ByteArrayOutputStream();
        ProjectWriter.write(project, written);
        assertEquals(new String(shipped, StandardCharsets.UTF_8), written.toString(StandardCharsets.UTF_8),
                "a file saved unchanged from the dataset diffs cleanly against it");
        Path file = folder.resolve("default" + ProjectFiles.EXTENSION);
        ProjectFiles.write(project, file);
        assertEquals(project, ProjectFiles.read(file));
    }

    @Test
    void hasNamedProducts_withUniqueIdsNamesAndColours_andShowsSomeOfThem() {
        assertFalse(project.name().isBlank());
        assertFalse(project.products().isEmpty());
        Set<String> ids = new HashSet<>();
        Set<String> names = new HashSet<>();
        Set<String> colours = new HashSet<>();
        for (Product p : project.products()) {
            assertTrue(ids.add(p.id()), "id used twice: " + p.id());
            // Battle files name products by id or by name, ignoring case.
            assertTrue(names.add(p.name().toLowerCase(Locale.ROOT)), "name used twice: " + p.name());
            p.chartStyle().map(ChartStyle::color).ifPresent(c -> assertTrue(colours.add(c), "colour used twice: " + c));
        }
        assertTrue(project.products().stream().anyMatch(p -> p.chartStyle().map(ChartStyle::shown).orElse(true)),
                "the window opens with something in its charts");
    }

    @Test
    void everyPriceOption_citesASourceAndADate_andSaysWhatKindOfFigureItIs_orWhyThereIsNone() {
        for (Product p : project.products()) {
            for (PriceOption option : p.prices()) {
                String what = p.id() + "/" + option.id();
                assertCited(option.provenance(), what);
                assertNull(option.edited(), what + ": shipped figures are sourced, never marked edited");
                if (option.hasFigure()) {
                    assertNotNull(option.kind(), what + ": list price or estimate?");
                    assertTrue(option.price().amount().signum() > 0, what + ": a figure of 0");
                } else {
                    assertFalse(option.reason().isBlank(), what + ": no figure and no reason");
                }
            }
        }
    }

    @Test
    void everyFigure_convertsToTheDisplayCurrency() {
        CostCalculator costs = CostCalculator.of(project);
        for (Product p : project.products()) {
            for (PriceOption option : p.prices()) {
                if (option.hasFigure()) {
                    assertTrue(costs.cost(option).isPresent(), p.id() + "/" + option.id() + ": no exchange rate from "
                            + option.price().currency() + " to " + project.displayCurrency());
                }
            }
        }
    }

    @Test
    void listPrices_areWhatTheChartsCompare_estimatesAreKeptBeside() {
        // README: "The default comparison uses list prices for every product that has one."
        for (Product p : project.products()) {
            boolean hasListPrice = p.prices().stream()
                    .anyMatch(o -> o.hasFigure() && o.kind() == PriceKind.LIST_PRICE);
            if (hasListPrice) {
                assertEquals(PriceKind.LIST_PRICE, p.compared().kind(), p.id() + " compares " + p.compared().id());
            }
        }
    }

    @Test
    void everyVoteCountAndRate_citesASourceAndADate() {
        for (Product p : project.products()) {
            p.voteTally().ifPresent(votes -> {
                assertCited(votes.provenance(), p.id() + " votes");
                assertNull(votes.edited(), p.id() + ": shipped votes are never marked edited");
            });
        }
        Set<String> pairs = new HashSet<>();
        for (HeadToHead pair : project.headToHead()) {
            assertCited(pair.provenance(), pair.a() + " vs " + pair.b());
            assertTrue(pairs.add(List.of(pair.a(), pair.b()).stream().sorted().toList().toString()),
                    "pair listed twice: " + pair.a() + " vs " + pair.b());
        }
        Set<String> rates = new HashSet<>();
        for (ExchangeRate rate : project.exchangeRates()) {
            assertCited(rate.provenance(), rate.from() + "/" + rate.to());
            assertTrue(rate.rate().signum() > 0);
            assertTrue(rates.add(rate.from() + "/" + rate.to()), "rate listed twice: " + rate.from() + "/" + rate.to());
        }
    }

    @Test
    void sampleVotes_areSaidToBeSample_whereTheyAreCited() {
        project.products().stream().filter(p -> p.votes() != null && p.votes().sample()).forEach(p ->
                assertTrue(p.votes().provenance().source().toLowerCase(Locale.ROOT).contains("sample"),
                        p.id() + ": sample counts whose source does not say so: " + p.votes().provenance().source()));
    }

    @Test
    void chineseNames_renderInTheBundledFont() throws Exception {
        Properties names = new Properties();
        project.products().forEach(p -> p.chineseName().ifPresent(zh -> names.setProperty(p.id(), zh)));
        Wording.assertAllInBundledFont(names);
    }
}
