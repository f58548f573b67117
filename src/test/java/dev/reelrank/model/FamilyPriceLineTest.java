package dev.reelrank.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.testing.TestProjects;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A family's price over time: its newest generation on sale, at the figure valid each day. */
class FamilyPriceLineTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-25");
    private final Project project = TestProjects.priceHistory();

    private List<Product> family(String name) {
        return project.products().stream().filter(p -> p.family().equals(name)).toList();
    }

    private static String show(FamilyPriceLine.Step step) {
        return step.from() + " " + step.product().id() + " "
                + step.figure().amount().toPlainString() + (step.carriedBack() ? " (carried back)" : "");
    }

    @Test
    void aNewGeneration_andAPriceCut_areEachAStep() {
        List<FamilyPriceLine.Stretch> veo = FamilyPriceLine.of(family("Veo"), TODAY);
        assertEquals(1, veo.size());
        assertEquals(
                List.of("2024-12-16 veo-2 0.50 (carried back)", "2025-05-20 veo-3 0.75", "2025-09-09 veo-3 0.40"),
                veo.getFirst().steps().stream().map(FamilyPriceLineTest::show).toList());
        assertEquals(TODAY, veo.getFirst().until(), "still on sale: the line runs to today");
        assertFalse(veo.getFirst().discontinued());
        assertEquals(
                "Vertex AI price cut (test fixture)",
                veo.getFirst().steps().getLast().figure().source());
    }

    @Test
    void aLaterSourceConfirmingTheSameFigure_isNoStep() {
        Product veo3 = family("Veo").get(1);
        PriceOption cut = veo3.compared();
        List<PriceObservation> earlier = new ArrayList<>(cut.history());
        earlier.add(
                PriceObservation.of(cut.provenance().asOf(), cut.price().amount(), "the cut", null, SourceKind.PRESS));
        PriceOption confirmed = cut.withProvenance(
                        new Provenance("the vendor's page, a year on", LocalDate.parse("2026-10-08")))
                .withHistory(earlier);
        List<FamilyPriceLine.Stretch> veo =
                FamilyPriceLine.of(List.of(family("Veo").getFirst(), veo3.withComparedPrice(confirmed)), TODAY);
        assertEquals(
                List.of("2024-12-16 veo-2 0.50 (carried back)", "2025-05-20 veo-3 0.75", "2025-09-09 veo-3 0.40"),
                veo.getFirst().steps().stream().map(FamilyPriceLineTest::show).toList());
    }

    @Test
    void theLineEnds_whenTheLastGenerationIsDiscontinued() {
        List<FamilyPriceLine.Stretch> sora = FamilyPriceLine.of(family("Sora"), TODAY);
        assertEquals(1, sora.size());
        assertEquals(LocalDate.parse("2026-04-26"), sora.getFirst().until());
        assertTrue(sora.getFirst().discontinued());
    }

    @Test
    void anOlderGenerationDiscontinued_whileANewerIsOnSale_changesNothing() {
        Product veo2 = family("Veo").getFirst().toBuilder()
                .lifecycle(Lifecycle.of(null, null, new DatedFact(LocalDate.parse("2025-07-01"), "test")))
                .build();
        List<FamilyPriceLine.Stretch> veo =
                FamilyPriceLine.of(List.of(veo2, family("Veo").get(1)), TODAY);
        assertEquals(3, veo.getFirst().steps().size());
    }

    @Test
    void aFamilyWithOnlyCurrentFigures_stepsAtEachRelease() {
        // Kling 2.1's figure dates from before its release (2025-01-15): nothing is carried back.
        List<FamilyPriceLine.Stretch> kling = FamilyPriceLine.of(family("Kling"), TODAY);
        assertEquals(
                List.of("2024-12-19 kling-1.6 0.1 (carried back)", "2025-05-29 kling-2.1 0.1"),
                kling.getFirst().steps().stream().map(FamilyPriceLineTest::show).toList());
        assertEquals(
                new BigDecimal("35"),
                ((PriceUnit.PerCredit) kling.getFirst()
                                .steps()
                                .get(1)
                                .product()
                                .compared()
                                .price()
                                .unit())
                        .creditsPerClip());
    }

    @Test
    void aGapWithNothingOnSale_breaksTheLine() {
        Product sora = family("Sora").getFirst();
        Product sora2 = sora.toBuilder()
                .id("sora-2")
                .releaseDate(LocalDate.parse("2026-06-01"))
                .lifecycle(Lifecycle.UNKNOWN)
                .build();
        List<FamilyPriceLine.Stretch> stretches = FamilyPriceLine.of(List.of(sora, sora2), TODAY);
        assertEquals(2, stretches.size());
        assertEquals(
                LocalDate.parse("2026-06-01"),
                stretches.get(1).steps().getFirst().from());
        assertEquals(TODAY, stretches.get(1).until());
    }
}
