package dev.reelrank.viewmodel.settings;

/** The window's colours: light (the default) or dark. */
public enum Theme {
    LIGHT,
    DARK
}
