package dev.reelrank.viewmodel.charts;

import dev.reelrank.viewmodel.ratings.RatingsViewModel;
import dev.reelrank.viewmodel.session.ProjectSession;
import dev.reelrank.viewmodel.text.Numbers;
import dev.reelrank.viewmodel.text.PriceTexts;
import dev.reelrank.viewmodel.text.Texts;

/**
 * A view model computed from the project and its ratings, in the window's words: the cost and
 * rating charts, the KPI tiles, the trend and value charts. Each recomputes in {@link #refresh}.
 */
public abstract class RatedViewModel {
    protected final ProjectSession session;
    protected final RatingsViewModel ratings;
    protected final Texts texts;
    protected final Numbers numbers;
    protected final PriceTexts prices;

    /** Subclasses say when to refresh, then call {@link #refresh} once their own fields are set. */
    public RatedViewModel(ProjectSession session, RatingsViewModel ratings, Texts texts) {
        this.session = session;
        this.ratings = ratings;
        this.texts = texts;
        this.numbers = new Numbers(texts.locale());
        this.prices = new PriceTexts(texts);
    }

    protected abstract void refresh();
}
