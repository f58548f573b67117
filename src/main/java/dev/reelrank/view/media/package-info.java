/**
 * Clips through JavaFX Media: the probe that checks a clip before a blind test plays it. The view
 * model side is {@code dev.reelrank.viewmodel.media}; the port is {@code viewmodel.port.ClipProbe}.
 */
package dev.reelrank.view.media;
