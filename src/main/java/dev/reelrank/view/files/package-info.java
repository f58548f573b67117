/**
 * File questions, the battle-import dialogs and dropping files on the window.
 * Shows questions only; reading, writing and merging go through viewmodel.files.
 */
package dev.reelrank.view.files;
