/**
 * MainViewModel, which composes one view model per screen part from the feature subpackages.
 * No nodes, no file I/O; the outside world is reached through viewmodel.port only.
 */
package dev.reelrank.viewmodel;
