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
import dev.reelrank.model.Lifecycle;
import dev.reelrank.model.PriceOption;
import dev.reelrank.model.PriceStatus;
import dev.reelrank.model.PriceUnit;
import dev.reelrank.model.Product;
import dev.reelrank.model.Project;
import dev.reelrank.model.Provenance;
import dev.reelrank.model.VoteTally;
import dev.reelrank.testing.Wording;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each embedded dataset (today's market, which ReelRank opens with, and the article's comparison of
 * early 2025) holds together, whatever its figures: it is a valid project in the writer's
 * own form, every figure says where it comes from, as of when and what kind of figure it is, ids
 * and colours are unique, and every compared price converts to the display currency. These are
 * the only tests that read the dataset's content; every other test builds its own project
 * ({@code dev.reelrank.testing.TestProjects}), so replacing the dataset breaks none of them.
 */
class DefaultDatasetTest {
    private Project project;

    @TempDir
    Path folder;

    private static void assertCited(Provenance provenance, String what) {
        assertNotNull(provenance, what + ": no source");
        assertFalse(provenance.source().isBlank(), what + ": blank source");
        assertNotNull(provenance.asOf(), what + ": no date");
    }

    @ParameterizedTest
    @EnumSource(BuiltInDataset.class)
    void isInTheWritersCanonicalForm_andReadsBackTheSame(BuiltInDataset dataset) throws Exception {
        project = dataset.load();
        byte[] shipped;
        try (var in = dataset.openResource()) {
            shipped = in.readAllBytes();
        }
        var written = new ByteArrayOutputStream();
        ProjectWriter.write(project, written);
        assertEquals(
                new String(shipped, StandardCharsets.UTF_8),
                written.toString(StandardCharsets.UTF_8),
                "a file saved unchanged from the dataset diffs cleanly against it");
        Path file = folder.resolve("default" + ProjectFiles.EXTENSION);
        ProjectFiles.write(project, file);
        assertEquals(project, ProjectFiles.read(file));
    }

    @ParameterizedTest
    @EnumSource(BuiltInDataset.class)
    void hasNamedProducts_withUniqueIdsNamesAndColours_andShowsSomeOfThem(BuiltInDataset dataset) {
        project = dataset.load();
        assertFalse(project.name().isBlank());
        assertFalse(project.products().isEmpty());
        Set<String> ids = new HashSet<>();
        Set<String> names = new HashSet<>();
        Set<String> colours = new HashSet<>();
        for (Product p : project.products()) {
            assertTrue(ids.add(p.id()), "id used twice: " + p.id());
            // Battle files name products by id or by name, ignoring case.
            assertTrue(names.add(p.name().toLowerCase(Locale.ROOT)), "name used twice: " + p.name());
            p.chart().map(ChartStyle::color).ifPresent(c -> assertTrue(colours.add(c), "colour used twice: " + c));
        }
        assertTrue(
                project.products().stream()
                        .anyMatch(p -> p.chart().map(ChartStyle::shown).orElse(true)),
                "the window opens with something in its charts");
    }

    @ParameterizedTest
    @EnumSource(BuiltInDataset.class)
    void everyPriceOption_citesASourceAndADate_andSaysWhatKindOfFigureItIs_orWhyThereIsNone(BuiltInDataset dataset) {
        project = dataset.load();
        for (Product p : project.products()) {
            for (PriceOption option : p.prices()) {
                String what = p.id() + "/" + option.id();
                assertCited(option.provenance(), what);
                assertNull(option.edited(), what + ": shipped figures are sourced, never marked edited");
                if (option.hasFigure()) {
                    assertNotNull(option.kind(), what + ": API, plan, credits or estimate?");
                    assertTrue(option.price().amount().signum() > 0, what + ": a figure of 0");
                } else {
                    assertFalse(option.reason().isBlank(), what + ": no figure and no reason");
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(BuiltInDataset.class)
    void everyFigure_convertsToTheDisplayCurrency(BuiltInDataset dataset) {
        project = dataset.load();
        CostCalculator costs = CostCalculator.of(project);
        for (Product p : project.products()) {
            for (PriceOption option : p.prices()) {
                if (option.hasFigure()) {
                    assertTrue(
                            costs.cost(option).isPresent(),
                            p.id() + "/" + option.id() + ": no exchange rate from "
                                    + option.price().currency() + " to " + project.displayCurrency());
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(BuiltInDataset.class)
    void vendorPrices_areWhatTheChartsCompare_estimatesAreKeptBeside(BuiltInDataset dataset) {
        project = dataset.load();
        // README: "The default comparison uses a price the vendor charges for every product that has one."
        for (Product p : project.products()) {
            boolean charged =
                    p.prices().stream().anyMatch(o -> o.hasFigure() && o.kind().charged());
            if (charged) {
                assertTrue(
                        p.compared().kind().charged(),
                        p.id() + " compares " + p.compared().id());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(BuiltInDataset.class)
    void everyPrice_hasAKind_aSource_aSourceKind_andADate(BuiltInDataset dataset) {
        project = dataset.load();
        for (Product p : project.products()) {
            for (PriceOption o : p.prices()) {
                String what = p.id() + "/" + o.id();
                assertCited(o.provenance(), what);
                if (o.hasFigure()) {
                    assertNotNull(o.kind(), what + ": no kind");
                    assertTrue(
                            o.terms().sourceKind().isPresent(),
                            what + ": no source kind (vendor, press, reseller, analyst)");
                } else {
                    // Issue 15: a missing figure is a dated "not found", or says why there is none.
                    String reason = o.reason().toLowerCase(Locale.ROOT);
                    assertTrue(
                            reason.contains("not found")
                                    || reason.contains("not yet verified")
                                    || reason.contains("not released")
                                    || reason.contains("open weights")
                                    || o.status() == PriceStatus.NOT_PUBLIC,
                            what + ": no figure without saying so: " + reason);
                }
                for (var earlier : o.history()) {
                    assertFalse(earlier.source().isBlank(), what + " on " + earlier.date() + ": no source");
                    assertTrue(earlier.sourceKind().isPresent(), what + " on " + earlier.date() + ": no source kind");
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(BuiltInDataset.class)
    void nothingMarkedPublished_isDerived_andEveryDerivedFigureSaysHow(BuiltInDataset dataset) {
        project = dataset.load();
        for (Product p : project.products()) {
            for (PriceOption o : p.prices()) {
                String what = p.id() + "/" + o.id();
                String words = String.join(
                                " ",
                                o.provenance().source(),
                                String.valueOf(o.note()),
                                o.terms().method().orElse(""))
                        .toLowerCase(Locale.ROOT);
                if (o.status() == PriceStatus.PUBLISHED) {
                    assertFalse(
                            words.contains("derived by")
                                    || words.contains("derived, not published")
                                    || words.contains(" × "),
                            what + " is marked published but reads as derived: " + words);
                }
                if (o.derived()) {
                    assertTrue(o.terms().method().isPresent(), what + ": derived without saying how");
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(BuiltInDataset.class)
    void eachKind_statesWhatItStandsOn(BuiltInDataset dataset) {
        project = dataset.load();
        for (Product p : project.products()) {
            for (PriceOption o : p.prices()) {
                String what = p.id() + "/" + o.id();
                if (!o.hasFigure()) {
                    continue;
                }
                switch (o.kind()) {
                    case ESTIMATE -> {
                        assertTrue(o.terms().estimateBy().isPresent(), what + ": whose estimate?");
                        assertTrue(o.terms().method().isPresent(), what + ": how was it derived?");
                    }
                    case CREDITS -> assertTrue(o.terms().tier().isPresent(), what + ": credits at which tier?");
                    case PLAN -> {
                        var plan = (PriceUnit.MonthlyPlan) o.price().unit();
                        assertTrue(
                                o.terms().resolution().isPresent(), what + ": what resolution does the allowance buy?");
                        assertNotNull(plan.clipSeconds(), what + ": clips of what length?");
                    }
                    case API -> assertTrue(o.terms().resolution().isPresent(), what + ": at what resolution?");
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(BuiltInDataset.class)
    void sora2024_carriesItsConfirmedClosingDate_withItsSource(BuiltInDataset dataset) {
        project = dataset.load();
        Lifecycle sora = project.product("sora").orElseThrow().lifecycle();
        assertEquals(
                LocalDate.parse("2026-04-26"), sora.discontinued().orElseThrow().date());
        assertTrue(sora.discontinued().orElseThrow().source().contains("2026-09-24"), "the API's closing too");
        assertTrue(sora.discontinuedBy(LocalDate.parse("2026-11-29")));
    }

    /** The article's comparison: Kling's credits against Sora's plans of December 2024. */
    @Test
    void soraPro_spreadsItsPriceOverTheVideosItsCreditsBuyAtTheStatedSetting_notOver20sAt1080p() {
        project = BuiltInDataset.ARTICLE.load();
        Product sora = project.product("sora").orElseThrow();
        CostCalculator costs = CostCalculator.of(project);
        var plus = costs.cost(sora.prices().stream()
                        .filter(o -> o.id().equals("chatgpt-plus"))
                        .findFirst()
                        .orElseThrow())
                .orElseThrow()
                .perMinute()
                .amount();
        PriceOption pro = sora.prices().stream()
                .filter(o -> o.id().equals("chatgpt-pro"))
                .findFirst()
                .orElseThrow();
        var plan = (PriceUnit.MonthlyPlan) pro.price().unit();
        assertEquals(0, new BigDecimal("500").compareTo(plan.clipsPerMonth()), "OpenAI's 500 videos");
        assertEquals("480p", pro.terms().resolution().orElseThrow());
        assertEquals(5, plan.clipSeconds());
        var proPerMinute = costs.cost(pro).orElseThrow().perMinute().amount();
        assertEquals(0, plus.compareTo(proPerMinute), "ten times the credits for ten times the price");
        for (Product other : project.products()) {
            costs.cost(other).ifPresent(c -> {
                if (other.family().equals("Kling")) {
                    assertTrue(
                            proPerMinute.compareTo(c.perMinute().amount()) > 0,
                            "Sora Pro at its cheapest setting still costs more a minute than " + other.name());
                }
            });
        }
    }

    @ParameterizedTest
    @EnumSource(BuiltInDataset.class)
    void everyVoteCountAndRate_citesASourceAndADate(BuiltInDataset dataset) {
        project = dataset.load();
        for (Product p : project.products()) {
            p.votes().ifPresent(votes -> {
                assertCited(votes.provenance(), p.id() + " votes");
                assertNull(votes.edited(), p.id() + ": shipped votes are never marked edited");
            });
        }
        Set<String> pairs = new HashSet<>();
        for (HeadToHead pair : project.headToHead()) {
            assertCited(pair.provenance(), pair.a() + " vs " + pair.b());
            assertTrue(
                    pairs.add(List.of(pair.a(), pair.b()).stream()
                            .sorted()
                            .toList()
                            .toString()),
                    "pair listed twice: " + pair.a() + " vs " + pair.b());
        }
        Set<String> rates = new HashSet<>();
        for (ExchangeRate rate : project.exchangeRates()) {
            assertCited(rate.provenance(), rate.from() + "/" + rate.to());
            assertTrue(rate.rate().signum() > 0);
            assertTrue(rates.add(rate.from() + "/" + rate.to()), "rate listed twice: " + rate.from() + "/" + rate.to());
        }
    }

    @ParameterizedTest
    @EnumSource(BuiltInDataset.class)
    void sampleVotes_areSaidToBeSample_whereTheyAreCited(BuiltInDataset dataset) {
        project = dataset.load();
        project.products()
                .forEach(p -> p.votes()
                        .filter(VoteTally::sample)
                        .ifPresent(votes -> assertTrue(
                                votes.provenance()
                                        .source()
                                        .toLowerCase(Locale.ROOT)
                                        .contains("sample"),
                                p.id() + ": sample counts whose source does not say so: "
                                        + votes.provenance().source())));
    }

    @ParameterizedTest
    @EnumSource(BuiltInDataset.class)
    void chineseNames_renderInTheBundledFont(BuiltInDataset dataset) throws Exception {
        project = dataset.load();
        Properties names = new Properties();
        project.products().forEach(p -> p.nameZh().ifPresent(zh -> names.setProperty(p.id(), zh)));
        Wording.assertAllInBundledFont(names);
    }

    /**
     * Issue 15's rule beyond the price options ({@link #everyPrice_hasAKind_aSource_aSourceKind_andADate}):
     * every published score says who published it and what kind of source that is; every lifecycle
     * date has a source.
     */
    @ParameterizedTest
    @EnumSource(BuiltInDataset.class)
    void everyPublishedScore_andLifecycleDate_isCited(BuiltInDataset dataset) {
        project = dataset.load();
        for (Product p : project.products()) {
            for (var score : p.published()) {
                String what = p.id() + " on " + score.board() + " " + score.date();
                assertFalse(score.citation().source().isBlank(), what + ": no source");
                assertTrue(score.citation().kind().isPresent(), what + ": no source kind");
            }
            Lifecycle life = p.lifecycle();
            for (var fact : List.of(life.announced(), life.available(), life.discontinued())) {
                fact.ifPresent(f -> assertFalse(f.source().isBlank(), p.id() + " on " + f.date() + ": no source"));
            }
        }
    }

    @Test
    void todaysMarket_opensByDefault_withTheArticlesProducts_theirSuccessors_andPublishedScores() {
        Project today = DefaultDataset.load();
        assertEquals(BuiltInDataset.TODAY.load(), today);
        for (String kept : List.of(
                "kling-1.0",
                "kling-1.5",
                "kling-1.6",
                "veo-2",
                "sora",
                "runway-gen-3-alpha",
                "pika-1.5",
                "minimax-hailuo",
                "meta-movie-gen")) {
            assertTrue(today.product(kept).isPresent(), "the article's " + kept + " stays");
        }
        for (String family : List.of("Kling", "Veo", "Sora")) {
            assertTrue(
                    today.products().stream()
                            .anyMatch(p -> p.family().equals(family)
                                    && p.chart().map(ChartStyle::shown).orElse(true)),
                    family + " stays highlighted");
        }
        assertTrue(
                today.products().stream().noneMatch(p -> p.votes().isPresent()),
                "no sample votes: published scores are the ratings (sample --demo-votes adds a demo)");
        assertTrue(
                today.products().stream().filter(p -> !p.published().isEmpty()).count() >= 10);
        Lifecycle sora2 = today.product("sora-2").orElseThrow().lifecycle();
        assertEquals(
                LocalDate.parse("2026-09-24"),
                sora2.discontinued().orElseThrow().date(),
                "Sora 2's API closed");
        var veo3 = today.product("veo-3").orElseThrow().compared();
        assertEquals(
                0, new BigDecimal("0.75").compareTo(veo3.history().getFirst().amount()));
        assertEquals(0, new BigDecimal("0.40").compareTo(veo3.price().amount()), "Veo 3's cut of September 2025");
    }

    @Test
    void theArticlesComparison_keepsTheSeedsFigures_andItsSampleVotes() {
        Project article = BuiltInDataset.ARTICLE.load();
        PriceOption gf = article.product("kling-1.6").orElseThrow().prices().stream()
                .filter(o -> o.id().equals("gf-estimate"))
                .findFirst()
                .orElseThrow();
        assertEquals(0, new BigDecimal("0.83").compareTo(gf.price().amount()));
        assertEquals("CNY", article.displayCurrency().getCurrencyCode());
        assertTrue(article.hasSampleVotes(), "the article's blind-test order, as sample votes");
        assertTrue(
                article.products().stream().allMatch(p -> p.published().isEmpty()),
                "no board of early 2025 was found, so nothing published is claimed");
    }
}
