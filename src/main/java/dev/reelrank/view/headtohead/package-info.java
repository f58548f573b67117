/**
 * The head-to-head vote grid, the heatmap and its legend.
 * Binds to viewmodel.headtohead; cell colours and their contrast are decided there.
 */
package dev.reelrank.view.headtohead;
