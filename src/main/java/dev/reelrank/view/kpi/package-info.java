/**
 * The KPI strip and the cost comparison dialog it opens.
 * Binds to viewmodel.kpi; no figure is computed here.
 */
package dev.reelrank.view.kpi;
