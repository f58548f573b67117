package dev.reelrank.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.reelrank.model.ExchangeRate;
import dev.reelrank.model.HeadToHead;
import dev.reelrank.model.InvalidValueException;
import dev.reelrank.model.PriceOption;
import dev.reelrank.model.Product;
import dev.reelrank.model.Project;
import dev.reelrank.model.Provenance;
import dev.reelrank.testing.TestProjects;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: the reader refuses more than 1,000 exchange rates, 100 price options per product and
 * 1,000,000 head-to-head pairs, but the model held any number, so the window could save a file
 * that would not open again. Now a project past a limit cannot be made, and the edit says why.
 */
class ListLimitsTest {
    private static final Provenance SOURCE = new Provenance("test", LocalDate.of(2025, 1, 1));

    @TempDir
    Path folder;

    @Test
    void moreExchangeRatesThanTheReaderReads_cannotBeMade_andNothingIsWritten() throws Exception {
        Path file = folder.resolve("p.reelrank.json");
        Project market = TestProjects.market();
        ProjectFiles.write(market, file);
        byte[] before = Files.readAllBytes(file);
        List<Currency> currencies = Currency.getAvailableCurrencies().stream()
                .sorted(Comparator.comparing(Currency::getCurrencyCode))
                .toList();
        List<ExchangeRate> rates = new ArrayList<>();
        for (int i = 0; i < currencies.size() && rates.size() <= Project.MAX_EXCHANGE_RATES; i++) {
            for (int j = i + 1; j < currencies.size() && rates.size() <= Project.MAX_EXCHANGE_RATES; j++) {
                rates.add(new ExchangeRate(currencies.get(i), currencies.get(j), BigDecimal.ONE, SOURCE));
            }
        }
        assertEquals(1_001, rates.size());
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> market.withExchangeRates(rates));
        assertEquals("exchangeRates", e.field());
        assertEquals("holds 1,001 exchange rates; at most 1,000 are supported", e.getMessage());
        Project atTheLimit = market.withExchangeRates(rates.subList(0, 1_000));
        ProjectFiles.write(atTheLimit, file);
        assertEquals(atTheLimit, ProjectFiles.read(file));
        ProjectFiles.write(market, file);
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void morePriceOptionsThanTheReaderReads_cannotBeMade() throws Exception {
        Product product = TestProjects.market().products().getFirst();
        PriceOption option = product.compared();
        List<PriceOption> options = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            options.add(new PriceOption(
                    i == 0 ? option.id() : "o" + i,
                    option.label(),
                    option.status(),
                    option.price(),
                    option.kind(),
                    option.reason(),
                    option.provenance(),
                    option.terms(),
                    null,
                    null));
        }
        InvalidValueException e =
                assertThrows(InvalidValueException.class, () -> product.withPrices(options, option.id()));
        assertEquals("prices", e.field());
        assertEquals("holds 101 price options; at most 100 are supported", e.getMessage());
        Project atTheLimit =
                TestProjects.market().withProduct(product.withPrices(options.subList(0, 100), option.id()));
        Path file = folder.resolve("p.reelrank.json");
        ProjectFiles.write(atTheLimit, file);
        assertEquals(atTheLimit, ProjectFiles.read(file));
    }

    @Test
    void moreHeadToHeadPairsThanTheReaderReads_cannotBeMade() {
        Project market = TestProjects.market();
        String a = market.products().get(0).id();
        String b = market.products().get(1).id();
        HeadToHead pair = new HeadToHead(a, b, 1, 1, 0, false, SOURCE);
        List<HeadToHead> pairs = Collections.nCopies(Project.MAX_HEAD_TO_HEAD + 1, pair);
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> market.withHeadToHead(pairs));
        assertEquals("headToHead", e.field());
        assertEquals("holds 1,000,001 head-to-head pairs; at most 1,000,000 are supported", e.getMessage());
    }
}
