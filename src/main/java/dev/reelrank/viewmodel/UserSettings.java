package dev.reelrank.viewmodel;

import java.util.Optional;

/** Choices that outlive a window: the theme and the UI language. */
public interface UserSettings {
    Theme theme();

    void theme(Theme theme);

    /** The language the user chose, or empty to follow the operating system. */
    Optional<Language> language();

    void language(Language language);

    /** Settings that last as long as the window; for tests and for runs that must not touch the user's. */
    static UserSettings inMemory() {
        return new UserSettings() {
            private Theme theme = Theme.LIGHT;
            private Language language;

            @Override
            public Theme theme() {
                return theme;
            }

            @Override
            public void theme(Theme chosen) {
                theme = chosen;
            }

            @Override
            public Optional<Language> language() {
                return Optional.ofNullable(language);
            }

            @Override
            public void language(Language chosen) {
                language = chosen;
            }
        };
    }
}
