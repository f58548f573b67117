package dev.reelrank.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class ProductBuilderTest {
    private static final Provenance SOURCE = new Provenance("test", LocalDate.of(2025, 3, 1));
    private static final LocalDate RELEASED = LocalDate.of(2024, 6, 6);
    private static final PriceOption PER_CLIP = PriceOption.published(
            "clip",
            "Per clip",
            PriceKind.API,
            new Price(new BigDecimal("1"), Currencies.CNY, new PriceUnit.PerClip(5)),
            SOURCE,
            PriceTerms.NONE,
            null);

    private static Product.Builder minimal() {
        return Product.builder("kling-1.6", "Kling 1.6", "Kling", "1.6", "Kuaishou", RELEASED)
                .modes(Set.of(GenerationMode.TEXT_TO_VIDEO))
                .prices(List.of(PER_CLIP), "clip");
    }

    private static InvalidValueException refused(UnaryOperator<Product.Builder> change) {
        return assertThrows(
                InvalidValueException.class, () -> change.apply(minimal()).build());
    }

    @Test
    void requiredFields_nameTheFieldThatIsMissing() {
        for (var missing : List.<UnaryOperator<Product.Builder>>of(
                b -> b.id(null),
                b -> b.name(null),
                b -> b.family(null),
                b -> b.version(null),
                b -> b.vendor(null),
                b -> b.releaseDate(null),
                b -> b.modes(null),
                b -> b.prices(null, "clip"),
                b -> b.prices(List.of(PER_CLIP), null))) {
            var e = refused(missing);
            assertEquals("value.required", e.explanation().key(), e.field());
        }
        assertEquals("id", refused(b -> b.id(null)).field());
        assertEquals("releaseDate", refused(b -> b.releaseDate(null)).field());
        assertEquals("modes", refused(b -> b.modes(null)).field());
        assertEquals("prices", refused(b -> b.prices(null, "clip")).field());
        assertEquals(
                "comparedPrice", refused(b -> b.prices(List.of(PER_CLIP), null)).field());
    }

    @Test
    void modesAndPrices_areRequiredEvenThoughTheBuilderStartsWithoutThem() {
        var bare = Product.builder("p", "P", "F", "1", "V", RELEASED);
        assertEquals(
                "modes", assertThrows(InvalidValueException.class, bare::build).field());
        bare.modes(Set.of(GenerationMode.IMAGE_TO_VIDEO));
        assertEquals(
                "prices", assertThrows(InvalidValueException.class, bare::build).field());
    }

    @Test
    void emptyModesOrPrices_areRefusedWithTheirOwnKeys() {
        var noModes = refused(b -> b.modes(Set.of()));
        assertEquals("modes", noModes.field());
        assertEquals("value.noModes", noModes.explanation().key());
        var noPrices = refused(b -> b.prices(List.of(), "clip"));
        assertEquals("prices", noPrices.field());
        assertEquals("value.noPrices", noPrices.explanation().key());
        var unknown = refused(b -> b.prices(List.of(PER_CLIP), "plan"));
        assertEquals("comparedPrice", unknown.field());
        assertEquals("value.unknownComparedPrice", unknown.explanation().key());
        var twice = refused(b -> b.prices(List.of(PER_CLIP, PER_CLIP), "clip"));
        assertEquals("prices", twice.field());
        assertEquals("value.duplicatePriceId", twice.explanation().key());
    }

    @Test
    void optionalFields_areCheckedWhenGiven() {
        assertEquals("maxClipSeconds", refused(b -> b.maxClipSeconds(0)).field());
        assertEquals(
                "value.clipSeconds",
                refused(b -> b.maxClipSeconds(3601)).explanation().key());
        assertEquals("nameZh", refused(b -> b.nameZh("长".repeat(201))).field());
        assertEquals(
                "maxResolution", refused(b -> b.maxResolution("p".repeat(201))).field());
        assertEquals("note", refused(b -> b.note("n".repeat(4001))).field());
        assertEquals("id", refused(b -> b.id("Kling 1.6")).field());
    }

    @Test
    void optionalFields_defaultToNone() {
        Product product = minimal().build();
        assertEquals(Optional.empty(), product.nameZh());
        assertEquals(Optional.empty(), product.maxResolution());
        assertEquals(Optional.empty(), product.maxClipSeconds());
        assertEquals(Optional.empty(), product.votes());
        assertEquals(Optional.empty(), product.chart());
        assertEquals(Optional.empty(), product.note());
        assertEquals(Set.of(GenerationMode.TEXT_TO_VIDEO), product.modes());
        assertEquals(PER_CLIP, product.compared());
    }

    @Test
    void blankTexts_meanNone_andTextsAreStripped() {
        Product product = minimal()
                .name("  Kling 1.6 ")
                .nameZh(" ")
                .maxResolution("")
                .note("  ")
                .build();
        assertEquals("Kling 1.6", product.name());
        assertEquals(Optional.empty(), product.nameZh());
        assertEquals(Optional.empty(), product.maxResolution());
        assertEquals(Optional.empty(), product.note());
        assertEquals(Optional.of("可灵 1.6"), minimal().nameZh(" 可灵 1.6 ").build().nameZh());
        assertEquals(Optional.of("A note"), minimal().note("A note\n").build().note());
    }

    @Test
    void toBuilder_copiesEveryField() {
        Product full = minimal()
                .nameZh("可灵 1.6")
                .modes(EnumSet.allOf(GenerationMode.class))
                .maxResolution("1080p")
                .maxClipSeconds(10)
                .votes(new VoteTally(3, 2, 1, true, SOURCE))
                .chart(new ChartStyle("#123456", false))
                .note("A note")
                .build();
        assertEquals(full, full.toBuilder().build());
        assertEquals(
                full,
                minimal().build().toBuilder()
                        .nameZh("可灵 1.6")
                        .modes(EnumSet.allOf(GenerationMode.class))
                        .maxResolution("1080p")
                        .maxClipSeconds(10)
                        .votes(new VoteTally(3, 2, 1, true, SOURCE))
                        .chart(new ChartStyle("#123456", false))
                        .note("A note")
                        .build());
        Product renamed = full.withName("Kling 1.6 Pro");
        assertEquals("Kling 1.6 Pro", renamed.name());
        assertEquals(full, renamed.withName("Kling 1.6"));
        assertNotEquals(full, full.withVotes(null));
        assertEquals(Optional.empty(), full.withVotes(null).votes());
        assertEquals(Optional.of(10), full.maxClipSeconds());
    }

    @Test
    @SuppressWarnings("NullOptional") // what this test checks: null where an Optional goes reads as none
    void theConstructor_readsNullAsNone() {
        Product product = new Product(
                "p",
                "P",
                null,
                "F",
                "1",
                "V",
                RELEASED,
                Set.of(GenerationMode.TEXT_TO_VIDEO),
                null,
                null,
                List.of(PER_CLIP),
                "clip",
                null,
                null,
                null,
                null,
                null);
        assertEquals(
                minimal().id("p").name("P").family("F").version("1").vendor("V").build(), product);
        assertEquals(Optional.empty(), product.votes());
        assertEquals(Lifecycle.UNKNOWN, product.lifecycle());
        assertEquals(List.of(), product.published());
    }
}
