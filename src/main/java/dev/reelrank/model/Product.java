package dev.reelrank.model;

import java.time.LocalDate;
import java.util.Comparator;
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
 * <p>What a product may lack is an {@code Optional} component, never null: there is one accessor
 * for each thing, and it says that the thing may be missing. The builder's setters take a plain
 * value, null (or blank text) meaning none, so that a file reader can pass on what it read.
 *
 * @param id             unique in the project, e.g. {@code kling-1.6}
 * @param name           display name, e.g. "Kling 1.6"
 * @param nameZh         Chinese display name (可灵 1.6), if any
 * @param family         the product line whose versions a trend line connects, e.g. "Kling"
 * @param version        e.g. "1.6"
 * @param vendor         e.g. "Kuaishou"
 * @param releaseDate    first public availability (or announcement, for products never released)
 * @param modes          text-to-video and/or image-to-video
 * @param maxResolution  e.g. "1080p", empty when unknown
 * @param maxClipSeconds longest clip one generation gives, empty when unknown
 * @param prices         at least one option
 * @param comparedPrice  id of the option charts compare
 * @param votes          aggregate blind-test votes, empty when there are none
 * @param chart          colour and visibility in charts, empty to let the app choose
 * @param note           anything a reader should know, if anything
 * @param lifecycle      when it was announced, became available and was discontinued, as far as known
 * @param published      its scores on public leaderboards, at most one per board and date
 */
public record Product(
        String id,
        String name,
        Optional<String> nameZh,
        String family,
        String version,
        String vendor,
        LocalDate releaseDate,
        Set<GenerationMode> modes,
        Optional<String> maxResolution,
        Optional<Integer> maxClipSeconds,
        List<PriceOption> prices,
        String comparedPrice,
        Optional<VoteTally> votes,
        Optional<ChartStyle> chart,
        Optional<String> note,
        Lifecycle lifecycle,
        List<PublishedRating> published) {
    /** More dated scores than anyone records by hand; a longer list is a mistake in a file. */
    public static final int MAX_PUBLISHED = 500;
    /** Price options a product may hold: tiers, plans and resolutions, far fewer in practice. */
    public static final int MAX_PRICE_OPTIONS = 100;

    /** Checks every field; use {@link #builder} rather than calling this. An empty text means none. */
    public Product {
        id = Checks.id("id", id);
        name = Checks.name("name", name);
        nameZh = orNone(nameZh).map(value -> Checks.optionalName("nameZh", value));
        family = Checks.name("family", family);
        version = Checks.name("version", version);
        vendor = Checks.name("vendor", vendor);
        releaseDate = Checks.date("releaseDate", releaseDate);
        Checks.present("modes", modes);
        if (modes.isEmpty()) {
            throw new InvalidValueException("modes", "value.noModes");
        }
        modes = Set.copyOf(EnumSet.copyOf(modes));
        maxResolution = orNone(maxResolution).map(value -> Checks.optionalName("maxResolution", value));
        maxClipSeconds = orNone(maxClipSeconds).map(value -> Checks.clipSeconds("maxClipSeconds", value));
        Checks.present("prices", prices);
        if (prices.isEmpty()) {
            throw new InvalidValueException("prices", "value.noPrices");
        }
        prices = List.copyOf(prices);
        if (prices.size() > MAX_PRICE_OPTIONS) {
            throw new InvalidValueException("prices", "value.tooManyPriceOptions", prices.size(), MAX_PRICE_OPTIONS);
        }
        Set<String> ids = new HashSet<>();
        for (PriceOption option : prices) {
            if (!ids.add(option.id())) {
                throw new InvalidValueException("prices", "value.duplicatePriceId", option.id());
            }
        }
        Checks.present("comparedPrice", comparedPrice);
        if (!ids.contains(comparedPrice)) {
            throw new InvalidValueException(
                    "comparedPrice",
                    "value.unknownComparedPrice",
                    comparedPrice,
                    ids.stream().sorted().toList());
        }
        votes = orNone(votes);
        chart = orNone(chart);
        note = orNone(note).map(value -> Checks.optionalText("note", value));
        lifecycle = lifecycle == null ? Lifecycle.UNKNOWN : lifecycle;
        published = published == null ? List.of() : List.copyOf(published);
        if (published.size() > MAX_PUBLISHED) {
            throw new InvalidValueException("published", "value.tooManyPublished", published.size(), MAX_PUBLISHED);
        }
        Set<String> boardDays = new HashSet<>();
        for (PublishedRating rating : published) {
            if (!boardDays.add(rating.board().id() + " " + rating.date())) {
                throw new InvalidValueException(
                        "published", "value.duplicatePublished", rating.board().id(), rating.date());
            }
        }
    }

    private static <T> Optional<T> orNone(Optional<T> value) {
        return value == null ? Optional.empty() : value;
    }

    /** The option charts compare. */
    public PriceOption compared() {
        return prices.stream()
                .filter(p -> p.id().equals(comparedPrice))
                .findFirst()
                .orElseThrow();
    }

    /** The score {@code board} showed on {@code day}: the newest published on or before it. */
    public Optional<PublishedRating> publishedOn(Leaderboard board, LocalDate day) {
        return published.stream()
                .filter(rating -> rating.board() == board && !rating.date().isAfter(day))
                .max(Comparator.comparing(PublishedRating::date));
    }

    /**
     * Starts a product from the fields every product has. Modes and prices are required too and
     * are named on the builder; everything else is optional and starts empty.
     */
    public static Builder builder(
            String id, String name, String family, String version, String vendor, LocalDate releaseDate) {
        return new Builder(id, name, family, version, vendor, releaseDate);
    }

    /** A builder holding every field of this product, for a copy that differs in a few. */
    public Builder toBuilder() {
        Builder copy = new Builder(id, name, family, version, vendor, releaseDate)
                .modes(modes)
                .prices(prices, comparedPrice);
        copy.nameZh = nameZh;
        copy.maxResolution = maxResolution;
        copy.maxClipSeconds = maxClipSeconds;
        copy.votes = votes;
        copy.chart = chart;
        copy.note = note;
        copy.lifecycle = lifecycle;
        copy.published = published;
        return copy;
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
        List<PriceOption> updated = prices.stream()
                .map(p -> p.id().equals(comparedPrice) ? edited : p)
                .toList();
        return withPrices(updated, edited.id());
    }

    public Product withVotes(VoteTally newVotes) {
        return toBuilder().votes(newVotes).build();
    }

    public Product withChart(ChartStyle newChart) {
        return toBuilder().chart(newChart).build();
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
        private Optional<String> nameZh = Optional.empty();
        private String family;
        private String version;
        private String vendor;
        private LocalDate releaseDate;
        private Set<GenerationMode> modes;
        private Optional<String> maxResolution = Optional.empty();
        private Optional<Integer> maxClipSeconds = Optional.empty();
        private List<PriceOption> prices;
        private String comparedPrice;
        private Optional<VoteTally> votes = Optional.empty();
        private Optional<ChartStyle> chart = Optional.empty();
        private Optional<String> note = Optional.empty();
        private Lifecycle lifecycle = Lifecycle.UNKNOWN;
        private List<PublishedRating> published = List.of();

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
            nameZh = Optional.ofNullable(value);
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
            maxResolution = Optional.ofNullable(value);
            return this;
        }

        /** The longest clip one generation gives; null when unknown. */
        public Builder maxClipSeconds(Integer value) {
            maxClipSeconds = Optional.ofNullable(value);
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
            votes = Optional.ofNullable(value);
            return this;
        }

        /** Colour and visibility in charts; null to let the app choose. */
        public Builder chart(ChartStyle value) {
            chart = Optional.ofNullable(value);
            return this;
        }

        /** Anything a reader should know; null or blank for nothing. */
        public Builder note(String value) {
            note = Optional.ofNullable(value);
            return this;
        }

        /** When it was announced, became available and was discontinued; null when none is known. */
        public Builder lifecycle(Lifecycle value) {
            lifecycle = value == null ? Lifecycle.UNKNOWN : value;
            return this;
        }

        /** Its scores on public leaderboards; null or empty for none. */
        public Builder published(List<PublishedRating> value) {
            published = value == null ? List.of() : value;
            return this;
        }

        public Product build() {
            return new Product(
                    id,
                    name,
                    nameZh,
                    family,
                    version,
                    vendor,
                    releaseDate,
                    modes,
                    maxResolution,
                    maxClipSeconds,
                    prices,
                    comparedPrice,
                    votes,
                    chart,
                    note,
                    lifecycle,
                    published);
        }
    }
}
