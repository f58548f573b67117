package dev.reelrank.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.testing.TestProjects;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Imported battles merged into a project: {@link TestProjects#market()}, which has no head-to-head votes. */
class BattleMergeTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void namesMatchIdsFirst_thenDisplayNamesIgnoringCase_andUnknownNamesBecomeProducts() {
        Project project = TestProjects.market();
        var imported = new ImportedBattles(
                List.of("veo-2", "KLING 1.5", "Hunyuan Video"),
                Map.of(
                        ImportedBattles.key(0, 1),
                        new PairTally(7, 3, 1),
                        ImportedBattles.key(1, 2),
                        new PairTally(4, 4, 0)));
        assertEquals(List.of("Hunyuan Video"), BattleMerge.unknownNames(project, imported));
        var result = BattleMerge.merge(project, imported, true, "Imported from b.csv", TODAY);
        assertEquals(List.of("Hunyuan Video"), result.addedProducts());
        Product added = result.project().product("hunyuan-video").orElseThrow();
        assertEquals(PriceStatus.NOT_SOURCED, added.compared().status());
        assertEquals(19, result.battles());
        HeadToHead veoKling = result.project().headToHead().stream()
                .filter(h -> h.a().equals("kling-1.5") && h.b().equals("veo-2"))
                .findFirst()
                .orElseThrow();
        assertEquals(3, veoKling.aWins());
        assertEquals(7, veoKling.bWins());
        assertEquals(1, veoKling.ties());
        assertEquals("Imported from b.csv", veoKling.provenance().source());
    }

    @Test
    void importingAgain_addsToTheExistingTallies() {
        Project project = TestProjects.market();
        var imported = new ImportedBattles(
                List.of("Sora", "Veo 2"), Map.of(ImportedBattles.key(0, 1), new PairTally(2, 5, 1)));
        Project once = BattleMerge.merge(project, imported, true, "a", TODAY).project();
        Project twice = BattleMerge.merge(once, imported, true, "b", TODAY).project();
        assertEquals(1, twice.headToHead().size());
        HeadToHead pair = twice.headToHead().getFirst();
        assertEquals(4 + 10 + 2, pair.battles());
    }

    @Test
    void withoutAddingUnknownNames_theirVotesAreLeftOut() {
        Project project = TestProjects.market();
        var imported = new ImportedBattles(
                List.of("Sora", "Mystery"), Map.of(ImportedBattles.key(0, 1), new PairTally(2, 5, 1)));
        var result = BattleMerge.merge(project, imported, false, "a", TODAY);
        assertTrue(result.project().headToHead().isEmpty());
        assertEquals(project.products(), result.project().products());
    }

    @Test
    void twoNamesOfOneProduct_areLeftOut_andSaidWithTheirFirstLineAndRows() {
        // Issue 16, item 4: "veo-2" (an id) and "Veo 2" (a display name) are one product, which
        // cannot play itself; these rows used to vanish without a word.
        Project project = TestProjects.market();
        var imported = new ImportedBattles(
                List.of("veo-2", "Veo 2", "Sora"),
                Map.of(
                        ImportedBattles.key(0, 1),
                        new PairTally(3, 1, 0),
                        ImportedBattles.key(1, 2),
                        new PairTally(2, 0, 0)),
                Map.of(
                        ImportedBattles.key(0, 1),
                        new ImportedBattles.Origin(7, 4),
                        ImportedBattles.key(1, 2),
                        new ImportedBattles.Origin(2, 2)));
        var result = BattleMerge.merge(project, imported, true, "a", TODAY);
        assertEquals(2, result.battles());
        assertEquals(1, result.project().headToHead().size());
        assertEquals(List.of(new BattleMerge.SameProduct("veo-2", "Veo 2", "veo-2", 4, 7)), result.sameProduct());
        assertEquals(4, result.sameProductRows());
        assertEquals(
                "line 7: \"veo-2\" and \"Veo 2\" are both the product veo-2, which cannot play itself",
                result.sameProduct().getFirst().explanation().english());
    }

    @Test
    void slugs_areValidIds() {
        assertEquals("gen-3-alpha", BattleMerge.slug("Gen-3 Alpha!"));
        assertEquals("product", BattleMerge.slug("可灵"));
    }
}
