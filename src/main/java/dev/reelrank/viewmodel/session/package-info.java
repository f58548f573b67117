/**
 * ProjectSession, the one owner of the open project, with its undo history.
 * Knows no feature; features read it and send it edits.
 */
package dev.reelrank.viewmodel.session;
