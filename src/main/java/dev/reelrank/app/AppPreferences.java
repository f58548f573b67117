package dev.reelrank.app;

import dev.reelrank.viewmodel.Language;
import dev.reelrank.viewmodel.Theme;
import dev.reelrank.viewmodel.UserSettings;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** Choices that outlive a window, the theme and the UI language, in the user's Java preferences. */
final class AppPreferences implements UserSettings {
    private final Preferences node;

    AppPreferences(Preferences node) {
        this.node = node;
    }

    static AppPreferences forUser() {
        return new AppPreferences(Preferences.userRoot().node("dev/reelrank/app"));
    }

    @Override
    public Theme theme() {
        try {
            return Theme.valueOf(node.get("theme", Theme.LIGHT.name()));
        } catch (IllegalArgumentException e) {
            return Theme.LIGHT;
        }
    }

    @Override
    public void theme(Theme theme) {
        put("theme", theme.name());
    }

    @Override
    public Optional<Language> language() {
        try {
            String chosen = node.get("language", null);
            return chosen == null ? Optional.empty() : Optional.of(Language.valueOf(chosen));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public void language(Language language) {
        put("language", language.name());
    }

    private void put(String key, String value) {
        node.put(key, value);
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // The choice then lasts for this run only.
        }
    }
}
