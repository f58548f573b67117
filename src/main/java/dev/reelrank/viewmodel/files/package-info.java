/**
 * Open, save, recent files, leftover work after a crash, and the battle import.
 * Reaches disk only through viewmodel.port.
 */
package dev.reelrank.viewmodel.files;
