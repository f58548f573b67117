package dev.reelrank.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.viewmodel.settings.Language;
import dev.reelrank.viewmodel.settings.Theme;
import dev.reelrank.viewmodel.settings.WindowPlace;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the next run remembers: theme, language, window place, display currency and the blind test's reveal; damage means defaults. */
class AppPreferencesTest {
    private final Preferences node = Preferences.userRoot().node("dev/reelrank/test-" + UUID.randomUUID());
    private final AppPreferences preferences = new AppPreferences(node);

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    @Test
    void everyChoice_survivesANewRun() {
        preferences.theme(Theme.DARK);
        preferences.language(Language.CHINESE);
        preferences.windowPlace(new WindowPlace(120.5, 80, 1400, 900, true));
        preferences.displayCurrency(Currency.getInstance("EUR"));
        preferences.revealNames(true);
        AppPreferences nextRun = new AppPreferences(node);
        assertEquals(Theme.DARK, nextRun.theme());
        assertEquals(Optional.of(Language.CHINESE), nextRun.language());
        assertEquals(Optional.of(new WindowPlace(120.5, 80, 1400, 900, true)), nextRun.windowPlace());
        assertEquals(Optional.of(Currency.getInstance("EUR")), nextRun.displayCurrency());
        assertTrue(nextRun.revealNames());
    }

    @Test
    void aReadOnlyCopy_startsFromTheSavedChoices_butSavesNothing() {
        preferences.windowPlace(new WindowPlace(160, 67, 1280, 800, false));
        preferences.theme(Theme.DARK);
        var smoke = preferences.readOnly();
        assertEquals(Theme.DARK, smoke.theme());
        smoke.windowPlace(new WindowPlace(0, 0, 1280, 800, false));
        smoke.theme(Theme.LIGHT);
        assertEquals(Optional.of(new WindowPlace(160, 67, 1280, 800, false)), new AppPreferences(node).windowPlace());
        assertEquals(Theme.DARK, new AppPreferences(node).theme());
    }

    @Test
    void damagedEntries_fallBackToTheDefaults() {
        node.put("theme", "PURPLE");
        node.put("language", "klingon");
        node.put("window", "10,20,NaN,600,false");
        node.put("displayCurrency", "EURO");
        node.put("revealNames", "yes please");
        assertEquals(Theme.LIGHT, preferences.theme());
        assertEquals(Optional.empty(), preferences.language());
        assertEquals(Optional.empty(), preferences.windowPlace());
        assertEquals(Optional.empty(), preferences.displayCurrency());
        assertFalse(preferences.revealNames());
        node.put("window", "10,20,-5,600,false");
        assertEquals(Optional.empty(), preferences.windowPlace());
    }
}
