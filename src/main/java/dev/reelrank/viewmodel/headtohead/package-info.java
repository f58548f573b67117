/**
 * The head-to-head grid's view model, heatmap cells, their colour scale and legend.
 * No nodes; colours are checked for contrast here, not in the view.
 */
package dev.reelrank.viewmodel.headtohead;
