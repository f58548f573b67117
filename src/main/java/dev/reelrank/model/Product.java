package dev.reelrank.model;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A video-generation product at one version, with the ways to buy it and its blind-test votes.
 *
 * @param id             unique in the project, e.g. {@code kling-1.6}
 * @param name           display name, e.g. "Kling 1.6"
 * @param nameZh         Chinese display name (可灵 1.6), or null
 * @param family         the product line whose versions a trend line connects, e.g. "Kling"
 * @param version        e.g. "1.6"
 * @param vendor         e.g. "Kuaishou"
 * @param releaseDate    first public availability (or announcement, for products never released)
 * @param modes          text-to-video and/or image-to-video
 * @param maxResolution  e.g. "1080p", or null when unknown
 * @param maxClipSeconds longest clip one generation gives, or null when unknown
 * @param prices         at least one option
 * @param comparedPrice  id of the option charts compare
 * @param votes          aggregate blind-test votes, or null when there are none
 * @param chart          colour and visibility in charts, or null to let the app choose
 * @param note           anything a reader should know, or null
 */
public record Product(String id, String name, String nameZh, String family, String version, String vendor,
                      LocalDate releaseDate, Set<GenerationMode> modes, String maxResolution,
                      Integer maxClipSeconds, List<PriceOption> prices, String comparedPrice, VoteTally votes,
                      ChartStyle chart, String note) {
    public Product {
        id = Checks.id("id", id);
        name = Checks.name("name", name);
        nameZh = Checks.optionalName("nameZh", nameZh);
        family = Checks.name("family", family);
        version = Checks.name("version", version);
        vendor = Checks.name("vendor", vendor);
        releaseDate = Checks.date("releaseDate", releaseDate);
        Checks.present("modes", modes);
        if (modes.isEmpty()) {
            throw new InvalidValueException("modes", "value.noModes");
        }
        modes = Set.copyOf(EnumSet.copyOf(modes));
        maxResolution = Checks.optionalName("maxResolution", maxResolution);
        if (maxClipSeconds != null) {
            Checks.clipSeconds("maxClipSeconds", maxClipSeconds);
        }
        Checks.present("prices", prices);
        if (prices.isEmpty()) {
            throw new InvalidValueException("prices", "value.noPrices");
        }
        prices = List.copyOf(prices);
        Set<String> ids = new HashSet<>();
        for (PriceOption option : prices) {
            if (!ids.add(option.id())) {
                throw new InvalidValueException("prices", "value.duplicatePriceId", option.id());
            }
        }
        Checks.present("comparedPrice", comparedPrice);
        if (!ids.contains(comparedPrice)) {
            throw new InvalidValueException("comparedPrice", "value.unknownComparedPrice", comparedPrice,
                    ids.stream().sorted().toList());
        }
        note = Checks.optionalText("note", note);
    }

    /** The option charts compare. */
    public PriceOption compared() {
        return prices.stream().filter(p -> p.id().equals(comparedPrice)).findFirst().orElseThrow();
    }

    public Product withId(String newId) {
        return new Product(newId, name, nameZh, family, version, vendor, releaseDate, modes, maxResolution,
                maxClipSeconds, prices, comparedPrice, votes, chart, note);
    }

    public Product withName(String newName) {
        return new Product(id, newName, nameZh, family, version, vendor, releaseDate, modes, maxResolution,
                maxClipSeconds, prices, comparedPrice, votes, chart, note);
    }

    public Product withNameZh(String newNameZh) {
        return new Product(id, name, newNameZh, family, version, vendor, releaseDate, modes, maxResolution,
                maxClipSeconds, prices, comparedPrice, votes, chart, note);
    }

    public Product withFamily(String newFamily) {
        return new Product(id, name, nameZh, newFamily, version, vendor, releaseDate, modes, maxResolution,
                maxClipSeconds, prices, comparedPrice, votes, chart, note);
    }

    public Product withVendor(String newVendor) {
        return new Product(id, name, nameZh, family, version, newVendor, releaseDate, modes, maxResolution,
                maxClipSeconds, prices, comparedPrice, votes, chart, note);
    }

    public Product withReleaseDate(LocalDate newDate) {
        return new Product(id, name, nameZh, family, version, vendor, newDate, modes, maxResolution,
                maxClipSeconds, prices, comparedPrice, votes, chart, note);
    }

    public Product withPrices(List<PriceOption> newPrices, String newCompared) {
        return new Product(id, name, nameZh, family, version, vendor, releaseDate, modes, maxResolution,
                maxClipSeconds, newPrices, newCompared, votes, chart, note);
    }

    /** Replaces the compared price option with an edited one (same id). */
    public Product withComparedPrice(PriceOption edited) {
        List<PriceOption> updated = prices.stream().map(p -> p.id().equals(comparedPrice) ? edited : p).toList();
        return withPrices(updated, edited.id());
    }

    public Product withVotes(VoteTally newVotes) {
        return new Product(id, name, nameZh, family, version, vendor, releaseDate, modes, maxResolution,
                maxClipSeconds, prices, comparedPrice, newVotes, chart, note);
    }

    public Product withChart(ChartStyle newChart) {
        return new Product(id, name, nameZh, family, version, vendor, releaseDate, modes, maxResolution,
                maxClipSeconds, prices, comparedPrice, votes, newChart, note);
    }

    public Optional<ChartStyle> chartStyle() {
        return Optional.ofNullable(chart);
    }

    public Optional<VoteTally> voteTally() {
        return Optional.ofNullable(votes);
    }

    public Optional<String> chineseName() {
        return Optional.ofNullable(nameZh);
    }
}
