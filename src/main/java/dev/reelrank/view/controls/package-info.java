/**
 * Controls every feature shares: validating cells and fields, choice cells, hover tips, fonts, FX steps.
 * May not depend on any feature package or on the main window.
 */
package dev.reelrank.view.controls;
