/**
 * Project files, CSV import and output, atomic saves, locks and recovery files.
 * No JavaFX and no view models: it reads and writes model values only.
 */
package dev.reelrank.io;
