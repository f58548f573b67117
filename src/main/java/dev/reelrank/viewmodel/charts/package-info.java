/**
 * View models of the cost, rating, trend, value and price-history charts, and the values they hand views.
 * No nodes; chart views draw these values and decide nothing.
 */
package dev.reelrank.viewmodel.charts;
