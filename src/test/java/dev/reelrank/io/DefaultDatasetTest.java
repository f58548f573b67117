package dev.reelrank.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.model.CostCalculator;
import dev.reelrank.model.PriceKind;
import dev.reelrank.model.PriceOption;
import dev.reelrank.model.PriceStatus;
import dev.reelrank.model.Product;
import dev.reelrank.model.Project;
import dev.reelrank.model.VoteTally;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The embedded dataset carries the seed's figures with their sources, and labels its votes as sample data. */
class DefaultDatasetTest {
    private final Project project = DefaultDataset.load();

    private Product product(String id) {
        return project.product(id).orElseThrow(() -> new AssertionError("missing product " + id));
    }

    @Test
    void holdsTheProductsTheSeedNames() {
        for (String id : List.of("kling-1.0", "kling-1.5", "kling-1.6", "veo-2", "sora", "runway-gen-3-alpha",
                "pika-1.5", "minimax-hailuo", "meta-movie-gen")) {
            product(id);
        }
        assertEquals("可灵 1.6", product("kling-1.6").nameZh());
    }

    @Test
    void gfEstimate_isKept_asAnEstimateWithItsAssumedClipLength() {
        PriceOption gf = product("kling-1.6").prices().stream().filter(p -> p.id().equals("gf-estimate"))
                .findFirst().orElseThrow();
        assertEquals(PriceKind.ESTIMATE, gf.kind());
        assertEquals(0, new BigDecimal("0.83").compareTo(gf.price().amount()));
        assertEquals("CNY", gf.price().currency().getCurrencyCode());
        assertTrue(gf.provenance().source().contains("GF Securities"));
        assertTrue(gf.note().contains("5-s"), "the assumed clip length is stated");
    }

    @Test
    void veo2_isComparedAtItsListPricePerSecond() {
        PriceOption veo = product("veo-2").compared();
        assertEquals(PriceKind.LIST_PRICE, veo.kind());
        assertEquals(0, new BigDecimal("0.50").compareTo(veo.price().amount()));
        assertTrue(veo.provenance().source().contains("TechCrunch"));
        assertEquals("2025-02-23", veo.provenance().asOf().toString());
    }

    @Test
    void movieGen_hasNoPublicPrice_andNoCost() {
        PriceOption movieGen = product("meta-movie-gen").compared();
        assertEquals(PriceStatus.NOT_PUBLIC, movieGen.status());
        assertTrue(CostCalculator.of(project).cost(product("meta-movie-gen")).isEmpty());
    }

    @Test
    void everyFigure_hasASourceAndADate() {
        for (Product p : project.products()) {
            for (PriceOption option : p.prices()) {
                assertFalse(option.provenance().source().isBlank(), p.id() + "/" + option.id());
            }
        }
        assertFalse(project.exchangeRates().isEmpty());
    }

    @Test
    void votes_areSample_andFollowTheArtificialAnalysisOrder() {
        assertTrue(project.products().stream().map(Product::votes).filter(v -> v != null).allMatch(VoteTally::sample));
        List<String> published = List.of("veo-2", "kling-1.5", "sora", "pika-1.5", "minimax-hailuo");
        List<String> byWinShare = project.products().stream()
                .filter(p -> p.votes() != null && published.contains(p.id()))
                .sorted(Comparator.comparingDouble((Product p) -> p.votes().winShare().orElseThrow()).reversed())
                .map(Product::id).toList();
        assertEquals(published, byWinShare);
        List<String> byWins = project.products().stream()
                .filter(p -> p.votes() != null && published.contains(p.id()))
                .sorted(Comparator.comparingLong((Product p) -> p.votes().wins()).reversed())
                .map(Product::id).toList();
        assertEquals(published, byWins);
    }
}
