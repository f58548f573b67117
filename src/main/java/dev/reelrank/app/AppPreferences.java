package dev.reelrank.app;

import dev.reelrank.model.Currencies;
import dev.reelrank.viewmodel.port.UserSettings;
import dev.reelrank.viewmodel.settings.Language;
import dev.reelrank.viewmodel.settings.TableRoom;
import dev.reelrank.viewmodel.settings.Theme;
import dev.reelrank.viewmodel.settings.WindowPlace;
import java.util.Currency;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** Choices that outlive a window (theme, language, window place, display currency, the blind test's reveal), in the user's Java preferences. */
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

    @Override
    public Optional<WindowPlace> windowPlace() {
        try {
            String[] parts = node.get("window", "").split(",", -1);
            if (parts.length != 5) {
                return Optional.empty();
            }
            return Optional.of(new WindowPlace(
                    Double.parseDouble(parts[0]),
                    Double.parseDouble(parts[1]),
                    Double.parseDouble(parts[2]),
                    Double.parseDouble(parts[3]),
                    Boolean.parseBoolean(parts[4])));
        } catch (IllegalArgumentException e) {
            // A damaged entry (hand-edited, or from another version) means the default place.
            return Optional.empty();
        }
    }

    @Override
    public void windowPlace(WindowPlace place) {
        put(
                "window",
                String.join(
                        ",",
                        Double.toString(place.x()),
                        Double.toString(place.y()),
                        Double.toString(place.width()),
                        Double.toString(place.height()),
                        Boolean.toString(place.maximized())));
    }

    @Override
    public Optional<Currency> displayCurrency() {
        try {
            String code = node.get("displayCurrency", null);
            return code == null ? Optional.empty() : Optional.of(Currencies.parse(code));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public void displayCurrency(Currency currency) {
        put("displayCurrency", currency.getCurrencyCode());
    }

    @Override
    public Optional<TableRoom> tableRoom() {
        try {
            String[] parts = node.get("tableRoom", "").split(",", -1);
            if (parts.length != 2) {
                return Optional.empty();
            }
            return Optional.of(new TableRoom(Double.parseDouble(parts[0]), Boolean.parseBoolean(parts[1])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public void tableRoom(TableRoom room) {
        put("tableRoom", room.share() + "," + room.shown());
    }

    @Override
    public boolean revealNames() {
        return Boolean.parseBoolean(node.get("revealNames", "false"));
    }

    @Override
    public void revealNames(boolean reveal) {
        put("revealNames", Boolean.toString(reveal));
    }

    /** These settings as they are now, with every change kept in memory only. */
    UserSettings readOnly() {
        UserSettings changes = UserSettings.inMemory();
        changes.theme(theme());
        language().ifPresent(changes::language);
        windowPlace().ifPresent(changes::windowPlace);
        displayCurrency().ifPresent(changes::displayCurrency);
        tableRoom().ifPresent(changes::tableRoom);
        changes.revealNames(revealNames());
        return changes;
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
