package dev.reelrank.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Adds imported head-to-head votes to a project. A name in the file means the product with that
 * id, or else the one with that display name (ignoring case); names that match nothing can be
 * added as products without a price.
 */
public final class BattleMerge {
    private BattleMerge() {}

    /**
     * What the merge did.
     *
     * @param sameProduct pairs of names that mean one product (an id and a display name, say), whose
     *                    rows were left out, first line first
     */
    public record Result(
            Project project, List<String> addedProducts, long battles, int pairs, List<SameProduct> sameProduct) {
        /** How many rows were left out because their two names are one product. */
        public long sameProductRows() {
            return sameProduct.stream().mapToLong(SameProduct::rows).sum();
        }
    }

    /**
     * Rows whose two names are one product of the project ({@code veo-2} and {@code Veo 2}): a
     * product cannot play itself, so they are left out, and said.
     *
     * @param firstLine the line of the first such row in the file, 0 when not known
     */
    public record SameProduct(String first, String second, String product, long rows, long firstLine) {
        /** "line 7: "veo-2" and "Veo 2" are both the product veo-2". */
        public LocalText explanation() {
            LocalText what = LocalText.of("csv.sameProduct", first, second, product);
            return firstLine > 0 ? LocalText.of("csv.atLine", firstLine, what) : what;
        }
    }

    /** The names that match no product of the project. */
    public static List<String> unknownNames(Project project, ImportedBattles imported) {
        return imported.names().stream()
                .filter(name -> match(project, name).isEmpty())
                .toList();
    }

    /**
     * Adds imported battles to the project's head-to-head votes.
     *
     * @param addUnknown add products for unknown names; when false, their votes are left out
     * @param source     where the votes come from, e.g. "Imported from battles.csv"
     */
    public static Result merge(
            Project project, ImportedBattles imported, boolean addUnknown, String source, LocalDate today) {
        Provenance provenance = new Provenance(source, today);
        Added added = addUnknown
                ? addProducts(
                        project,
                        unknownNames(project, imported),
                        provenance,
                        "Added by a battle import; no price entered yet.")
                : new Added(project, Map.of());
        String[] idOfName = new String[imported.names().size()];
        for (int i = 0; i < idOfName.length; i++) {
            String name = imported.names().get(i);
            idOfName[i] =
                    match(project, name).map(Product::id).orElse(added.ids().get(name));
        }
        Map<String, PairTally> tallies = new LinkedHashMap<>();
        List<HeadToHead> kept = new ArrayList<>();
        long battles = 0;
        List<SameProduct> sameProduct = new ArrayList<>();
        for (var entry : imported.counts().entrySet()) {
            int first = (int) (entry.getKey() >>> 32);
            int second = (int) (entry.getKey() & 0xFFFFFFFFL);
            String a = idOfName[first];
            String b = idOfName[second];
            if (a == null || b == null) {
                continue;
            }
            if (a.equals(b)) {
                ImportedBattles.Origin origin = imported.origins()
                        .getOrDefault(
                                entry.getKey(),
                                new ImportedBattles.Origin(0, entry.getValue().total()));
                sameProduct.add(new SameProduct(
                        imported.names().get(first),
                        imported.names().get(second),
                        a,
                        origin.rows(),
                        origin.firstLine()));
                continue;
            }
            PairTally c = entry.getValue();
            boolean swap = a.compareTo(b) > 0;
            tallies.merge(swap ? b + "\u0000" + a : a + "\u0000" + b, swap ? c.swapped() : c, PairTally::plus);
            battles += c.total();
        }
        Set<String> merged = new HashSet<>();
        for (HeadToHead pair : project.headToHead()) {
            String key = pairKey(pair.a(), pair.b());
            PairTally found = tallies.get(key);
            if (found == null) {
                kept.add(pair);
                continue;
            }
            merged.add(key);
            PairTally extra = pair.a().compareTo(pair.b()) <= 0 ? found : found.swapped();
            kept.add(new HeadToHead(
                    pair.a(),
                    pair.b(),
                    pair.aWins() + extra.firstWins(),
                    pair.bWins() + extra.secondWins(),
                    pair.ties() + extra.ties(),
                    pair.sample(),
                    pair.provenance()));
        }
        tallies.forEach((key, c) -> {
            if (!merged.contains(key)) {
                String[] ab = key.split("\u0000", -1);
                kept.add(new HeadToHead(ab[0], ab[1], c.firstWins(), c.secondWins(), c.ties(), false, provenance));
            }
        });
        Project result = added.project().withHeadToHead(kept);
        sameProduct.sort(Comparator.comparingLong(SameProduct::firstLine));
        return new Result(result, List.copyOf(added.ids().keySet()), battles, tallies.size(), List.copyOf(sameProduct));
    }

    /**
     * Products added for names that matched none.
     *
     * @param ids each name's new product id, in the order the names came
     */
    public record Added(Project project, Map<String, String> ids) {}

    /**
     * Adds a product without a price for each name (names that match a product should not be
     * passed), with an id made from the name that no product of the project has: what an import
     * does with the names it does not know.
     *
     * @param provenance where the names come from, e.g. "Imported from battles.csv", and when
     * @param reason     why each new product has no price, as its price option says
     */
    public static Added addProducts(Project project, List<String> names, Provenance provenance, String reason) {
        List<Product> products = new ArrayList<>(project.products());
        Set<String> ids = new HashSet<>(products.stream().map(Product::id).toList());
        Map<String, String> idOfName = new LinkedHashMap<>();
        for (String name : names) {
            if (idOfName.containsKey(name)) {
                continue;
            }
            String id = freeId(slug(name), ids);
            ids.add(id);
            products.add(Product.builder(id, name, name, "?", "Unknown vendor", provenance.asOf())
                    .modes(Set.of(GenerationMode.TEXT_TO_VIDEO))
                    .prices(
                            List.of(PriceOption.unavailable(
                                    "price", "Price", PriceStatus.NOT_SOURCED, reason, provenance)),
                            "price")
                    .build());
            idOfName.put(name, id);
        }
        return new Added(project.withProducts(products), Collections.unmodifiableMap(idOfName));
    }

    /** The product a name means: by id first, then by display name, ignoring case. */
    public static Optional<Product> match(Project project, String name) {
        String wanted = name.strip();
        Optional<Product> byId =
                project.products().stream().filter(p -> p.id().equals(wanted)).findFirst();
        if (byId.isPresent()) {
            return byId;
        }
        return project.products().stream()
                .filter(p -> p.name().equalsIgnoreCase(wanted) || p.id().equalsIgnoreCase(wanted))
                .findFirst();
    }

    private static String pairKey(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "\u0000" + b : b + "\u0000" + a;
    }

    static String slug(String name) {
        return slug(name, "product");
    }

    /**
     * An id made from a name: lower case, each run of other characters a hyphen, at most 56
     * characters (room for a "-2" suffix); {@code fallback} when nothing of the name is left.
     */
    public static String slug(String name, String fallback) {
        String slug =
                name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("(^[-._]+|-+$)", "");
        if (slug.isEmpty()) {
            slug = fallback;
        }
        return slug.length() > 56 ? slug.substring(0, 56) : slug;
    }

    private static String freeId(String stem, Set<String> used) {
        if (!used.contains(stem)) {
            return stem;
        }
        for (int n = 2; ; n++) {
            if (!used.contains(stem + "-" + n)) {
                return stem + "-" + n;
            }
        }
    }
}
