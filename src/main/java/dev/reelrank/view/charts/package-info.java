/**
 * Chart panels, charts, axes and point labels for cost, rating, trend, value and price history.
 * Draws what viewmodel.charts hands it; picks no figure and words no note itself.
 */
package dev.reelrank.view.charts;
