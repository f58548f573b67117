package dev.reelrank.viewmodel.charts;

import dev.reelrank.model.Product;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Remembers what a chart made of each product while the product (an immutable value, so the same
 * instance while unchanged) and the chart's shared settings stay the same. One edit then rebuilds
 * one product's bar, not a thousand tooltips.
 */
final class PerProductCache<T> {
    private final IdentityHashMap<Product, T> values = new IdentityHashMap<>();
    private Object context;

    /** Forgets everything when the shared settings (currency, rates, colours, basis) changed. */
    void startPass(Object newContext) {
        if (!Objects.equals(context, newContext)) {
            values.clear();
            context = newContext;
        }
    }

    T get(Product product, Supplier<T> make) {
        return values.computeIfAbsent(product, p -> make.get());
    }

    /** Drops products no longer in the project (called after a pass with the ones seen). */
    void keepOnly(Collection<Product> seen) {
        Set<Product> keep = Collections.newSetFromMap(new IdentityHashMap<>());
        keep.addAll(seen);
        values.keySet().retainAll(keep);
    }
}
