/**
 * The ratings view model: Bradley-Terry fits run off the FX thread and the snapshots they give.
 * No nodes; other features read snapshots, never the fit itself.
 */
package dev.reelrank.viewmodel.ratings;
