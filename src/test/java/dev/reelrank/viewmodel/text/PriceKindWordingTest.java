package dev.reelrank.viewmodel.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.model.Currencies;
import dev.reelrank.model.Price;
import dev.reelrank.model.PriceKind;
import dev.reelrank.model.PriceOption;
import dev.reelrank.model.PriceStatus;
import dev.reelrank.model.PriceTerms;
import dev.reelrank.model.PriceUnit;
import dev.reelrank.model.Product;
import dev.reelrank.model.Project;
import dev.reelrank.model.Provenance;
import dev.reelrank.model.SourceKind;
import dev.reelrank.testing.TestProjects;
import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.session.ProjectSession;
import dev.reelrank.viewmodel.settings.Language;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * How each kind of price reads wherever it shows: the tooltip and details text, the basis a
 * comparison names, the cost chart's footnote and the Cheapest card, in English and in Chinese.
 */
class PriceKindWordingTest {
    private static final LocalDate SEPTEMBER = LocalDate.of(2025, 9, 30);
    private final PriceTexts english = new PriceTexts(Texts.english());
    private final PriceTexts chinese = new PriceTexts(new Texts(Language.CHINESE.locale(Locale.US)));

    private static PriceOption option(
            PriceStatus status, PriceKind kind, String amount, PriceUnit unit, PriceTerms terms) {
        return new PriceOption(
                "o",
                "Option",
                status,
                new Price(new BigDecimal(amount), Currencies.CNY, unit),
                kind,
                null,
                new Provenance("Somebody's page", SEPTEMBER),
                terms,
                null,
                null);
    }

    private static final PriceOption API = option(
            PriceStatus.PUBLISHED,
            PriceKind.API,
            "3.6",
            new PriceUnit.PerSecond(),
            PriceTerms.of(SourceKind.VENDOR, null, "720p", null, null));
    private static final PriceOption PLAN = option(
            PriceStatus.PUBLISHED,
            PriceKind.PLAN,
            "146",
            PriceUnit.MonthlyPlan.ofCredits(new BigDecimal("1000"), new BigDecimal("20"), 5)
                    .withUtilisation(new BigDecimal("80")),
            PriceTerms.of(SourceKind.RESELLER, null, "480p", null, null));
    private static final PriceOption CREDITS = option(
            PriceStatus.PUBLISHED,
            PriceKind.CREDITS,
            "0.1",
            new PriceUnit.PerCredit(BigDecimal.TEN, 5),
            PriceTerms.of(SourceKind.ANALYST, "Gold membership", "720p", null, null));
    private static final PriceOption ESTIMATE = option(
            PriceStatus.PUBLISHED,
            PriceKind.ESTIMATE,
            "0.83",
            new PriceUnit.PerClip(5),
            PriceTerms.of(SourceKind.ANALYST, null, null, "GF Securities", "cost per clip in a projection"));
    private static final PriceOption DERIVED = option(
            PriceStatus.DERIVED,
            PriceKind.ESTIMATE,
            "3.32",
            new PriceUnit.PerClip(5),
            PriceTerms.of(SourceKind.PRESS, null, null, "GF Securities", "4 × 0.83 CNY"));

    @Test
    void eachKind_isNamed_withWhatItStandsOn_andItsSourceKind() {
        assertEquals("API price", english.kind(API));
        assertTrue(
                english.details(API).contains("720p")
                        && english.details(API).contains("Source (vendor's own page): Somebody's page"),
                english.details(API));

        assertEquals("Plan", english.kind(PLAN));
        assertEquals("146 CNY a month for 1,000 credits, 20 credits per 5-s clip", english.figure(PLAN));
        assertTrue(
                english.details(PLAN).contains("Cost per second assumes 80% of the monthly allowance is used."),
                english.details(PLAN));
        assertTrue(english.details(PLAN).contains("Source (reseller, not the vendor)"), english.details(PLAN));
        assertEquals("assumes 80% of the allowance used", english.assumption(PLAN));

        assertEquals("Credits", english.kind(CREDITS));
        assertTrue(english.details(CREDITS).contains("at the Gold membership tier"), english.details(CREDITS));
        assertTrue(english.details(CREDITS).contains("Source (analyst's report)"), english.details(CREDITS));

        assertEquals("Estimate", english.kind(ESTIMATE));
        assertTrue(
                english.details(ESTIMATE).contains("Estimate by GF Securities\nHow: cost per clip in a projection"),
                english.details(ESTIMATE));

        assertEquals("Estimate, derived", english.kind(DERIVED));
        assertTrue(english.details(DERIVED).contains("Derived: 4 × 0.83 CNY"), english.details(DERIVED));
        assertFalse(english.details(DERIVED).toLowerCase(Locale.ROOT).contains("published"), english.details(DERIVED));
    }

    @Test
    void footnotesShortOfRoom_nameTheSourceKindInOneWord() {
        assertEquals("Credits, analyst", english.kindWithSource(CREDITS));
        assertEquals("Plan, reseller", english.kindWithSource(PLAN));
        assertEquals("Estimate, derived, press", english.kindWithSource(DERIVED));
        assertEquals("API price", english.kindWithSource(API.withTerms(PriceTerms.NONE)), "nothing made up");
        assertEquals("积分，分析师", chinese.kindWithSource(CREDITS));
        Project project = TestProjects.market();
        Product veo = project.product("veo-2").orElseThrow();
        project =
                project.withProduct(veo.withComparedPrice(veo.compared().withTerms(PriceTerms.from(SourceKind.PRESS))));
        MainViewModel window = new MainViewModel(new ProjectSession(project, null), Texts.english());
        String footnote = window.costChart().footnoteProperty().get();
        assertTrue(footnote.contains("; API price, press: Veo 2;"), footnote);
    }

    @Test
    void aSourceOfUnstatedKind_saysSo_ratherThanGuess() {
        PriceOption old = API.withTerms(PriceTerms.NONE);
        assertTrue(
                english.source(old).startsWith("Source (source kind not stated): Somebody's page"),
                english.source(old));
    }

    @Test
    void theBasisOfAComparison_namesKindResolutionAndMonth() {
        assertEquals("API price, 720p, Sep 2025", english.basis(API));
        assertEquals("Plan, 480p, 80% used, Sep 2025", english.basis(PLAN));
        assertEquals("Credits, 720p, Sep 2025", english.basis(CREDITS));
        assertEquals("Estimate, derived, Sep 2025", english.basis(DERIVED));
    }

    @Test
    void inChinese_too() {
        assertEquals("API 按量计费", chinese.kind(API));
        assertEquals("订阅套餐", chinese.kind(PLAN));
        assertEquals("积分", chinese.kind(CREDITS));
        assertEquals("估算（推算）", chinese.kind(DERIVED));
        assertTrue(chinese.details(PLAN).contains("每秒成本按用掉每月额度的 80% 计算。"), chinese.details(PLAN));
        assertTrue(chinese.details(CREDITS).contains("按Gold membership档位"), chinese.details(CREDITS));
        assertTrue(chinese.source(CREDITS).startsWith("来源（分析师报告）："), chinese.source(CREDITS));
        assertEquals("积分、720p、2025年9月", chinese.basis(CREDITS));
    }

    @Test
    void theCostChartFootnote_namesTheKindsShown_andWhichProductsUseEach() {
        MainViewModel window = new MainViewModel(new ProjectSession(TestProjects.market(), null), Texts.english());
        String mixed = window.costChart().footnoteProperty().get();
        // The market's shown products: Kling 1.0, 1.5, 1.6 by credits, Veo 2 by API, Sora by plan.
        assertTrue(
                mixed.startsWith("Mixes kinds of price (Credits: Kling 1.0, Kling 1.5, Kling 1.6; "
                        + "API price: Veo 2; Plan: Sora)"),
                mixed);
        assertTrue(mixed.contains("Sora's plan assumes 100% of the allowance used."), mixed);
        for (String id : List.of("veo-2", "sora")) {
            window.products().row(id).setShown(false);
        }
        String one = window.costChart().footnoteProperty().get();
        assertTrue(one.startsWith("All prices shown are of one kind: Credits."), one);
        assertFalse(one.contains("plan"), one);
    }

    @Test
    void theCheapestCard_saysWhatAPlansFigureAssumes() {
        MainViewModel window = new MainViewModel(new ProjectSession(TestProjects.market(), null), Texts.english());
        window.products().row("sora").amount().commit("1");
        assertEquals("Sora", window.kpis().cheapestProperty().get().description());
        assertEquals(
                "Plan \u00b7 ChatGPT Plus \u00b7 assumes 100% of the allowance used",
                window.kpis().cheapestProperty().get().basis());
    }

    @Test
    void theCheapestCard_namesItsKind() {
        Project project = TestProjects.market();
        Product kling = project.product("kling-1.0").orElseThrow();
        project = project.withProduct(kling.withComparedPrice(
                kling.compared().withTerms(PriceTerms.of(SourceKind.VENDOR, "Gold membership", "720p", null, null))));
        MainViewModel window = new MainViewModel(new ProjectSession(project, null), Texts.english());
        assertEquals(
                "Credits \u00b7 Standard mode",
                window.kpis().cheapestProperty().get().basis());
    }
}
