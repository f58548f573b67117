/**
 * PNG rendering of slides and the window: a snapshot on the FX thread, encoding off it.
 * No file dialogs and no project reading; callers hand it a slide and a size.
 */
package dev.reelrank.export;
