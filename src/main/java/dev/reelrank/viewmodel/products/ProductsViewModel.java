package dev.reelrank.viewmodel.products;

import dev.reelrank.model.ChartStyle;
import dev.reelrank.model.ExchangeRate;
import dev.reelrank.model.GenerationMode;
import dev.reelrank.model.PriceOption;
import dev.reelrank.model.PriceStatus;
import dev.reelrank.model.Product;
import dev.reelrank.model.Project;
import dev.reelrank.model.Provenance;
import dev.reelrank.viewmodel.colors.ProductColors;
import dev.reelrank.viewmodel.ratings.RatingsViewModel;
import dev.reelrank.viewmodel.session.ProjectSession;
import dev.reelrank.viewmodel.text.Numbers;
import dev.reelrank.viewmodel.text.PriceTexts;
import dev.reelrank.viewmodel.text.Texts;
import dev.reelrank.viewmodel.text.TypedNumbers;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The products table: one row view model per product, kept across edits so that selection and
 * editing survive, and the commands that add, duplicate, delete and reorder products.
 */
public final class ProductsViewModel {
    private final ProjectSession session;
    private final Texts texts;
    private final ObservableList<ProductRowViewModel> rows = FXCollections.observableArrayList();
    // One wrapper for good: an unmodifiable view listens weakly, so a fresh one per call would drop listeners.
    private final ObservableList<ProductRowViewModel> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final Map<String, ProductRowViewModel> byId = new HashMap<>();

    private final PriceTexts prices;
    private final Numbers numbers;
    private final TypedNumbers typed;
    private final Map<String, Product> shownProducts = new HashMap<>();
    private SharedByRows shownShared;

    private final RatingsViewModel ratings;

    public ProductsViewModel(ProjectSession session, RatingsViewModel ratings, Texts texts) {
        this.session = session;
        this.ratings = ratings;
        this.texts = texts;
        this.prices = new PriceTexts(texts);
        this.numbers = new Numbers(texts.locale());
        this.typed = new TypedNumbers(texts);
        session.projectProperty().addListener((obs, old, project) -> show(project));
        ratings.snapshotProperty()
                .addListener((obs, old, snapshot) -> byId.values().forEach(r -> r.showRating(snapshot)));
        show(session.project());
    }

    @SuppressWarnings("ReferenceEquality") // an edit makes a new Product, so identity says which rows changed
    private void show(Project project) {
        RowContext context = RowContext.of(project);
        // Rows depend on their product and on what every row shares (currency, rates, colours);
        // products are immutable, so an unchanged row keeps the very same Product instance.
        SharedByRows shared = new SharedByRows(project.displayCurrency(), project.exchangeRates(), context.colours());
        boolean everything = !shared.equals(shownShared);
        List<ProductRowViewModel> ordered = new ArrayList<>();
        for (Product product : project.products()) {
            ProductRowViewModel row = byId.computeIfAbsent(
                    product.id(), id -> new ProductRowViewModel(product, session, texts, prices, numbers, typed));
            if (everything || shownProducts.get(product.id()) != product) {
                row.update(product, context);
                row.showRating(ratings.snapshot());
                shownProducts.put(product.id(), product);
            }
            ordered.add(row);
        }
        shownShared = shared;
        Set<String> ids = project.products().stream().map(Product::id).collect(Collectors.toSet());
        byId.keySet().retainAll(ids);
        shownProducts.keySet().retainAll(ids);
        if (!ordered.equals(rows)) {
            rows.setAll(ordered);
        }
    }

    public ObservableList<ProductRowViewModel> rows() {
        return rowsView;
    }

    public ProductRowViewModel row(String id) {
        return byId.get(id);
    }

    /** Adds a product with no price yet after {@code afterId} (or at the end); returns its id. */
    public String add(String afterId) {
        Project project = session.project();
        String id = freeId(project, "product");
        Provenance typedHere = new Provenance(texts.get("source.typed"), session.today());
        Product product = Product.builder(
                        id,
                        texts.get("product.newName"),
                        texts.get("product.newFamily"),
                        "1",
                        texts.get("product.newVendor"),
                        session.today())
                .modes(Set.of(GenerationMode.TEXT_TO_VIDEO))
                .prices(
                        List.of(PriceOption.unavailable(
                                "price",
                                texts.get("product.newPriceLabel"),
                                PriceStatus.NOT_SOURCED,
                                texts.get("product.newPriceReason"),
                                typedHere)),
                        "price")
                .chart(new ChartStyle(ProductColors.free(project), true))
                .build();
        session.apply(texts.get("edit.add"), p -> p.withProducts(insertAfter(p.products(), afterId, product)));
        return id;
    }

    /** Copies a product (under a new id, name and colour) right after it; returns the copy's id. */
    public String duplicate(String id) {
        Project project = session.project();
        Product original = project.product(id).orElseThrow();
        String copyId = freeId(project, original.id() + "-copy");
        // The Chinese name is data in Chinese whatever the UI's language, so its copy mark is Chinese too.
        Product.Builder copying = original.toBuilder()
                .id(copyId)
                .name(texts.format("product.copyName", original.name()))
                .chart(new ChartStyle(ProductColors.free(project), true));
        original.nameZh().ifPresent(zh -> copying.nameZh(zh + "（副本）"));
        Product copy = copying.build();
        session.apply(
                texts.format("edit.duplicate", texts.productName(original)),
                p -> p.withProducts(insertAfter(p.products(), id, copy)));
        return copyId;
    }

    /** Deletes a product and the head-to-head votes that name it. */
    public void delete(String id) {
        Product product = session.project().product(id).orElseThrow();
        // The cost comparison keeps naming the product, so the tile can say it is gone (and undo brings it back).
        session.apply(texts.format("edit.delete", texts.productName(product)), p -> p.withoutProduct(id));
    }

    /** Moves a product one place up (negative) or down (positive). */
    public void move(String id, int by) {
        List<Product> products = new ArrayList<>(session.project().products());
        int from = indexOf(products, id);
        int to = Math.max(0, Math.min(products.size() - 1, from + by));
        if (from == to) {
            return;
        }
        Product moved = products.remove(from);
        products.add(to, moved);
        session.apply(texts.format("edit.move", texts.productName(moved)), p -> p.withProducts(products));
    }

    private static List<Product> insertAfter(List<Product> products, String afterId, Product inserted) {
        List<Product> result = new ArrayList<>(products);
        int at = afterId == null ? -1 : indexOf(result, afterId);
        result.add(at < 0 ? result.size() : at + 1, inserted);
        return result;
    }

    private static int indexOf(List<Product> products, String id) {
        for (int i = 0; i < products.size(); i++) {
            if (products.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static String freeId(Project project, String stem) {
        String base = stem.length() > 56 ? stem.substring(0, 56) : stem;
        if (project.product(base).isEmpty()) {
            return base;
        }
        for (int n = 2; ; n++) {
            String candidate = base + "-" + n;
            if (project.product(candidate).isEmpty()) {
                return candidate;
            }
        }
    }

    /** What every row's figures depend on besides its own product; when it changes, every row redraws. */
    private record SharedByRows(Currency currency, List<ExchangeRate> rates, Map<String, String> colours) {}
}
