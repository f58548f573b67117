/**
 * Product colours, the same in the table, the charts and the heatmap, and their contrast checks.
 * Knows no feature.
 */
package dev.reelrank.viewmodel.colors;
