package dev.reelrank.app;

import dev.reelrank.viewmodel.Theme;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** Choices that outlive a window: the theme. Kept in the user's Java preferences. */
final class AppPreferences {
    private final Preferences node;

    AppPreferences(Preferences node) {
        this.node = node;
    }

    static AppPreferences forUser() {
        return new AppPreferences(Preferences.userRoot().node("dev/reelrank/app"));
    }

    Theme theme() {
        try {
            return Theme.valueOf(node.get("theme", Theme.LIGHT.name()));
        } catch (IllegalArgumentException e) {
            return Theme.LIGHT;
        }
    }

    void theme(Theme theme) {
        node.put("theme", theme.name());
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // The theme then lasts for this run only.
        }
    }
}
