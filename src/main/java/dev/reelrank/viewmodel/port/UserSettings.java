package dev.reelrank.viewmodel.port;

import dev.reelrank.viewmodel.settings.Language;
import dev.reelrank.viewmodel.settings.TableRoom;
import dev.reelrank.viewmodel.settings.Theme;
import dev.reelrank.viewmodel.settings.WindowPlace;
import java.util.Currency;
import java.util.Optional;

/** Choices that outlive a window: the theme and the UI language. */
public interface UserSettings {
    Theme theme();

    void theme(Theme theme);

    /** The language the user chose, or empty to follow the operating system. */
    Optional<Language> language();

    void language(Language language);

    /** Where the main window last closed, if anywhere. */
    Optional<WindowPlace> windowPlace();

    void windowPlace(WindowPlace place);

    /** The display currency last chosen, for a run that starts on the default dataset. */
    Optional<Currency> displayCurrency();

    void displayCurrency(Currency currency);

    /** How the window last shared its height between charts and table, if it was changed. */
    Optional<TableRoom> tableRoom();

    void tableRoom(TableRoom room);

    /** Whether a blind test names the products after each vote; off until the presenter turns it on. */
    boolean revealNames();

    void revealNames(boolean reveal);

    /** Settings that last as long as the window; for tests and for runs that must not touch the user's. */
    static UserSettings inMemory() {
        return new UserSettings() {
            private Theme theme = Theme.LIGHT;
            private Language language;
            private WindowPlace place;
            private Currency currency;
            private TableRoom room;
            private boolean reveal;

            @Override
            public boolean revealNames() {
                return reveal;
            }

            @Override
            public void revealNames(boolean chosen) {
                reveal = chosen;
            }

            @Override
            public Optional<TableRoom> tableRoom() {
                return Optional.ofNullable(room);
            }

            @Override
            public void tableRoom(TableRoom chosen) {
                room = chosen;
            }

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

            @Override
            public Optional<WindowPlace> windowPlace() {
                return Optional.ofNullable(place);
            }

            @Override
            public void windowPlace(WindowPlace chosen) {
                place = chosen;
            }

            @Override
            public Optional<Currency> displayCurrency() {
                return Optional.ofNullable(currency);
            }

            @Override
            public void displayCurrency(Currency chosen) {
                currency = chosen;
            }
        };
    }
}
