package dev.reelrank.testing;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Sets the JVM's default locale for a test class and puts back exactly what was there before
 * (the default and its display and format categories), so no other test runs in a locale it did
 * not choose:
 *
 * <pre>
 * &#64;RegisterExtension
 * static final DefaultLocale LOCALE = DefaultLocale.of(Locale.US);
 * </pre>
 *
 * For part of a test, {@link #during(Locale, Callable)}.
 */
public final class DefaultLocale implements BeforeAllCallback, AfterAllCallback {
    private final Locale locale;
    private Saved saved;

    private DefaultLocale(Locale locale) {
        this.locale = locale;
    }

    public static DefaultLocale of(Locale locale) {
        return new DefaultLocale(locale);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        saved = Saved.now();
        Locale.setDefault(locale);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        saved.restore();
    }

    /** Runs {@code action} with {@code locale} as the default locale, and restores the one before. */
    public static <T> T during(Locale locale, Callable<T> action) throws Exception {
        Saved before = Saved.now();
        Locale.setDefault(locale);
        try {
            return action.call();
        } finally {
            before.restore();
        }
    }

    /** The default locale as it is now, in all its parts. */
    record Saved(Locale general, Locale display, Locale format) {
        static Saved now() {
            return new Saved(
                    Locale.getDefault(),
                    Locale.getDefault(Locale.Category.DISPLAY),
                    Locale.getDefault(Locale.Category.FORMAT));
        }

        void restore() {
            Locale.setDefault(general);
            Locale.setDefault(Locale.Category.DISPLAY, display);
            Locale.setDefault(Locale.Category.FORMAT, format);
        }
    }
}
