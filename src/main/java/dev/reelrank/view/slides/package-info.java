/**
 * Slides, the presentation and the export dialog.
 * Draws from viewmodel.slides.SlideContent, never from the main window.
 */
package dev.reelrank.view.slides;
