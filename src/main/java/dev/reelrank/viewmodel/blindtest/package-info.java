/**
 * A blind test run in the room: which pair is shown, the votes cast on it, undo, leaving and
 * resuming. The presentation binds to it; clips and keys belong to the view.
 */
package dev.reelrank.viewmodel.blindtest;
