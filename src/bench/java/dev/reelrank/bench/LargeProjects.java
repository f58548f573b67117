package dev.reelrank.bench;

import dev.reelrank.io.DefaultDataset;
import dev.reelrank.model.ChartStyle;
import dev.reelrank.model.Product;
import dev.reelrank.model.Project;
import dev.reelrank.model.VoteTally;
import java.util.ArrayList;
import java.util.List;

/** Projects of a given size, made by repeating the default dataset's products under new ids. */
final class LargeProjects {
    private LargeProjects() {
    }

    static Project withProducts(int count) {
        Project defaults = DefaultDataset.load();
        List<Product> products = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Product template = defaults.products().get(i % defaults.products().size());
            VoteTally votes = template.votes() == null ? null
                    : new VoteTally(template.votes().wins() + i, template.votes().losses(), template.votes().ties(),
                            true, template.votes().provenance());
            products.add(template.withId(template.id() + "-" + i).withName(template.name() + " #" + i)
                    .withVotes(votes).withChart(new ChartStyle(template.chart().color(), true)));
        }
        return defaults.withProducts(products);
    }
}
