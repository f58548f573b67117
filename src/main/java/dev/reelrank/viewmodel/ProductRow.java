package dev.reelrank.viewmodel;

import dev.reelrank.model.CostCalculator;
import dev.reelrank.model.PriceOption;
import dev.reelrank.model.Product;
import dev.reelrank.model.VideoCost;
import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** One product as the table shows it: its facts, its compared price in words and its derived cost. */
public final class ProductRow {
    private final ReadOnlyStringWrapper id = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper chineseName = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper vendor = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<LocalDate> releaseDate = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper priceOption = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper price = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper kind = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper priceDetails = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper costPerMinute = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper costPerClip = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper votes = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper votesDetails = new ReadOnlyStringWrapper();

    ProductRow(Product product, CostCalculator costs, Texts texts) {
        var prices = new PriceTexts(texts);
        var numbers = new Numbers(texts.locale());
        PriceOption compared = product.compared();
        id.set(product.id());
        name.set(product.name());
        chineseName.set(product.chineseName().orElse(""));
        vendor.set(product.vendor());
        releaseDate.set(product.releaseDate());
        priceOption.set(compared.label());
        price.set(prices.figure(compared));
        kind.set(prices.kind(compared));
        priceDetails.set(prices.details(compared));
        Optional<VideoCost> cost = costs.cost(product);
        String missing = switch (compared.status()) {
            case PUBLISHED -> texts.get("cost.noRate");
            case NOT_PUBLIC -> texts.get("cost.notPublic");
            case NOT_SOURCED -> texts.get("cost.notSourced");
        };
        costPerMinute.set(cost.map(c -> numbers.cost(c.perMinute().amount())).orElse(missing));
        costPerClip.set(cost.map(c -> numbers.cost(c.perFiveSecondClip().amount())).orElse(missing));
        product.voteTally().ifPresentOrElse(v -> {
            String counts = texts.format("votes.counts", numbers.count(v.wins()), numbers.count(v.losses()),
                    numbers.count(v.ties()));
            votes.set(v.sample() ? texts.format("votes.sample", counts) : counts);
            votesDetails.set(texts.format("price.source", v.provenance().source(), v.provenance().asOf()));
        }, () -> {
            votes.set(texts.get("votes.none"));
            votesDetails.set(texts.get("votes.none"));
        });
    }

    public ReadOnlyStringProperty idProperty() {
        return id.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty chineseNameProperty() {
        return chineseName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty vendorProperty() {
        return vendor.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LocalDate> releaseDateProperty() {
        return releaseDate.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty priceOptionProperty() {
        return priceOption.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty priceProperty() {
        return price.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty kindProperty() {
        return kind.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty priceDetailsProperty() {
        return priceDetails.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty costPerMinuteProperty() {
        return costPerMinute.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty costPerClipProperty() {
        return costPerClip.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty votesProperty() {
        return votes.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty votesDetailsProperty() {
        return votesDetails.getReadOnlyProperty();
    }
}
