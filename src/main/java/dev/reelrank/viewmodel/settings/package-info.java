/**
 * Choices that outlive a window: language, theme, table room and window place.
 * Plain values; they depend on no other view-model package.
 */
package dev.reelrank.viewmodel.settings;
