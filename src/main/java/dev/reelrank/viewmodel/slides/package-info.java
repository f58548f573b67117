/**
 * Slides: kinds, texts, themes, sizes, the export view model and the tab-to-slide map.
 * Reads charts through SlideContent, so it does not depend on the main view model.
 */
package dev.reelrank.viewmodel.slides;
