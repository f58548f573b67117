/**
 * PNG rendering of charts and dashboards for slides and reports: snapshots are taken on the FX
 * thread, then encoded and written off it. Empty until the export issue lands; the layer rules
 * already reserve its place between the views and the CLI.
 */
package dev.reelrank.export;
