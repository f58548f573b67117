/**
 * The KPI tiles' view model.
 * No nodes; its figures come from the session and the ratings.
 */
package dev.reelrank.viewmodel.kpi;
