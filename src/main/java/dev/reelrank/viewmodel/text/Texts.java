package dev.reelrank.viewmodel.text;

import dev.reelrank.model.Explained;
import dev.reelrank.model.LocalText;
import dev.reelrank.model.Product;
import dev.reelrank.viewmodel.settings.Language;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Every string the window shows, from the resource bundle for the UI language. */
public final class Texts {
    private static final String BUNDLE = "dev.reelrank.i18n.messages";
    /** How many names a note lists before it counts the rest ({@link #someNames(java.util.List)}). */
    public static final int NAMED = 5;

    private final ResourceBundle bundle;
    private final Locale locale;
    // MessageFormat is costly to build and is only used on the FX thread, so one per key is kept.
    private final Map<String, MessageFormat> formats = new HashMap<>();

    public Texts(Locale locale) {
        this.locale = locale;
        // Without the fallback to the JVM's default locale: a German region with an English UI reads English.
        this.bundle = ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** These texts in the conventions of images ({@link Language#imageLocale}); itself if they already are. */
    public Texts forImages() {
        Locale images = Language.of(locale).imageLocale();
        return images.equals(locale) ? this : new Texts(images);
    }

    public static Texts english() {
        return new Texts(Locale.ENGLISH);
    }

    /** A text without arguments; like every text it passes through MessageFormat, so '' is an apostrophe. */
    public String get(String key) {
        return format(key);
    }

    public String format(String key, Object... arguments) {
        return formats.computeIfAbsent(key, k -> new MessageFormat(pattern(k), locale))
                .format(arguments);
    }

    /**
     * A list of names that stays short, whatever the project holds: the first {@code limit} names,
     * then how many more ("Kling 3.0, Veo 2, Sora and 245 more"); all of them when there are no more.
     */
    public String someNames(List<String> names, int limit) {
        if (names.size() <= limit) {
            return list(names);
        }
        return format("list.andMore", list(names.subList(0, limit)), names.size() - limit);
    }

    /** Every item, joined as this language lists them: "A, B, C" in English, "A、B、C" in Chinese. */
    public String list(Iterable<? extends CharSequence> items) {
        return String.join(get("list.separator"), items);
    }

    /** {@link #someNames(java.util.List, int)} with at most {@value #NAMED} names, as chart notes give them. */
    public String someNames(List<String> names) {
        return someNames(names, NAMED);
    }

    /** A product's name in this language: its Chinese name in a Chinese UI, when it has one. */
    public String productName(Product product) {
        return "zh".equals(locale.getLanguage()) ? product.nameZh().orElse(product.name()) : product.name();
    }

    /** A sentence from the model or a file reader, in this language. */
    public String text(LocalText text) {
        return text.in(locale);
    }

    /**
     * What went wrong, in one line in this language: the first failure in the cause chain that can
     * explain itself in words (a file reader wraps the precise one), else the first line of the
     * failure's own message, else its kind (a StackOverflowError has no message).
     */
    public String failure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof Explained explained && explained.explanation() != null) {
                return text(explained.explanation());
            }
        }
        String message = failure.getMessage() == null
                ? ""
                : failure.getMessage().strip().lines().findFirst().orElse("");
        if (message.isEmpty()) {
            return failure.getClass().getSimpleName();
        }
        // An Error says little without its kind ("Java heap space"): name it.
        return failure instanceof Error ? failure.getClass().getSimpleName() + ": " + message : message;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    private String pattern(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no text for key " + key + " in " + BUNDLE, e);
        }
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }
}
