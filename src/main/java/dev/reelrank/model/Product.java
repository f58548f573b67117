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
 * <p>Build one with {@link #builder}, which takes the six fields that identify a product, and name
 * the rest: {@code Product.builder(id, name, family, version, vendor, releaseDate).modes(...)
 * .prices(options, comparedId).votes(...).build()}. {@link #toBuilder()} copies a product to change
 * a few fields; the {@code withX} methods are shorthands for it. A builder rather than small records
 * because callers read a product field by field ({@code product.vendor()}) and because one place
 * (the constructor) keeps every check: a new field is a component, a builder setter and a line in
 * {@code toBuilder}, and no caller that does not use it changes.
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

    /**
     * Starts a product from the fields every product has. Modes and prices are required too and
     * are named on the builder; everything else is optional and starts empty.
     */
    public static Builder builder(String id, String name, String family, String version, String vendor,
                                  LocalDate releaseDate) {
        return new Builder(id, name, family, version, vendor, releaseDate);
    }

    /** A builder holding every field of this product, for a copy that differs in a few. */
    public Builder toBuilder() {
        return new Builder(id, name, family, version, vendor, releaseDate).nameZh(nameZh).modes(modes)
                .maxResolution(maxResolution).maxClipSeconds(maxClipSeconds).prices(prices, comparedPrice)
                .votes(votes).chart(chart).note(note);
    }

    public Product withId(String newId) {
        return toBuilder().id(newId).build();
    }

    public Product withName(String newName) {
        return toBuilder().name(newName).build();
    }

    public Product withNameZh(String newNameZh) {
        return toBuilder().nameZh(newNameZh).build();
    }

    public Product withFamily(String newFamily) {
        return toBuilder().family(newFamily).build();
    }

    public Product withVendor(String newVendor) {
        return toBuilder().vendor(newVendor).build();
    }

    public Product withReleaseDate(LocalDate newDate) {
        return toBuilder().releaseDate(newDate).build();
    }

    public Product withPrices(List<PriceOption> newPrices, String newCompared) {
        return toBuilder().prices(newPrices, newCompared).build();
    }

    /** Replaces the compared price option with an edited one (same id). */
    public Product withComparedPrice(PriceOption edited) {
        List<PriceOption> updated = prices.stream().map(p -> p.id().equals(comparedPrice) ? edited : p).toList();
        return withPrices(updated, edited.id());
    }

    public Product withVotes(VoteTally newVotes) {
        return toBuilder().votes(newVotes).build();
    }

    public Product withChart(ChartStyle newChart) {
        return toBuilder().chart(newChart).build();
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

    /**
     * Collects a product's fields by name; {@link #build()} checks them all, as the constructor
     * does, and throws {@link InvalidValueException} naming the first field that is wrong or
     * missing. The builder itself accepts anything, so that a reader can hand over what a file
     * holds and report the model's verdict.
     */
    public static final class Builder {
        private String id;
        private String name;
        private String nameZh;
        private String family;
        private String version;
        private String vendor;
        private LocalDate releaseDate;
        private Set<GenerationMode> modes;
        private String maxResolution;
        private Integer maxClipSeconds;
        private List<PriceOption> prices;
        private String comparedPrice;
        private VoteTally votes;
        private ChartStyle chart;
        private String note;

        private Builder(String id, String name, String family, String version, String vendor, LocalDate releaseDate) {
            this.id = id;
            this.name = name;
            this.family = family;
            this.version = version;
            this.vendor = vendor;
            this.releaseDate = releaseDate;
        }

        public Builder id(String value) {
            id = value;
            return this;
        }

        public Builder name(String value) {
            name = value;
            return this;
        }

        /** The Chinese display name (可灵 1.6); null or blank for none. */
        public Builder nameZh(String value) {
            nameZh = value;
            return this;
        }

        public Builder family(String value) {
            family = value;
            return this;
        }

        public Builder version(String value) {
            version = value;
            return this;
        }

        public Builder vendor(String value) {
            vendor = value;
            return this;
        }

        public Builder releaseDate(LocalDate value) {
            releaseDate = value;
            return this;
        }

        /** Required: at least one mode. */
        public Builder modes(Set<GenerationMode> value) {
            modes = value;
            return this;
        }

        /** e.g. "1080p"; null or blank when unknown. */
        public Builder maxResolution(String value) {
            maxResolution = value;
            return this;
        }

        /** The longest clip one generation gives; null when unknown. */
        public Builder maxClipSeconds(Integer value) {
            maxClipSeconds = value;
            return this;
        }

        /** Required: at least one option, and the id of the one charts compare. */
        public Builder prices(List<PriceOption> options, String comparedId) {
            prices = options;
            comparedPrice = comparedId;
            return this;
        }

        /** Aggregate blind-test votes; null for none. */
        public Builder votes(VoteTally value) {
            votes = value;
            return this;
        }

        /** Colour and visibility in charts; null to let the app choose. */
        public Builder chart(ChartStyle value) {
            chart = value;
            return this;
        }

        /** Anything a reader should know; null or blank for nothing. */
        public Builder note(String value) {
            note = value;
            return this;
        }

        public Product build() {
            return new Product(id, name, nameZh, family, version, vendor, releaseDate, modes, maxResolution,
                    maxClipSeconds, prices, comparedPrice, votes, chart, note);
        }
    }
}
