package dev.reelrank.viewmodel.slides;

import dev.reelrank.viewmodel.charts.CostChartViewModel;
import dev.reelrank.viewmodel.charts.PriceHistoryChartViewModel;
import dev.reelrank.viewmodel.charts.RatingChartViewModel;
import dev.reelrank.viewmodel.charts.TrendChartViewModel;
import dev.reelrank.viewmodel.charts.ValueChartViewModel;
import dev.reelrank.viewmodel.headtohead.HeadToHeadViewModel;
import dev.reelrank.viewmodel.kpi.KpiViewModel;
import dev.reelrank.viewmodel.ratings.RatingsViewModel;
import dev.reelrank.viewmodel.session.ProjectSession;
import dev.reelrank.viewmodel.settings.Theme;
import dev.reelrank.viewmodel.text.Texts;
import javafx.beans.property.ObjectProperty;

/**
 * What a slide may draw: one project's charts, tiles and heatmap in one language. The main view
 * model is one; slides ask for this and not for it, so the slides feature does not depend on the
 * screen that contains it.
 */
public interface SlideContent {
    ProjectSession session();

    Texts texts();

    RatingsViewModel ratings();

    CostChartViewModel costChart();

    RatingChartViewModel ratingChart();

    TrendChartViewModel trendChart();

    ValueChartViewModel valueChart();

    PriceHistoryChartViewModel priceHistoryChart();

    HeadToHeadViewModel headToHead();

    KpiViewModel kpis();

    SlideViewModel slides();

    /** The theme the charts' colours are checked against; a slide sets it to its own. */
    ObjectProperty<Theme> themeProperty();

    /** A detached copy for drawing off screen, worded as images are; drawing it changes nothing. */
    SlideContent forSlides();

    /** A detached copy for a projector: light, with colours darkened to stand out on white. */
    SlideContent forPresentation();
}
