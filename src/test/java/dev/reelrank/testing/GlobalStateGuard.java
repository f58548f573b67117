package dev.reelrank.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TimeZone;
import java.util.TreeSet;
import java.util.logging.Handler;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test class that leaves JVM-wide state changed, and puts the state back so the classes
 * after it are not affected: the default locale (and its categories), the default time zone, the
 * system properties, the default uncaught-exception handler and the root logger's handlers.
 * Registered for every test class through {@code META-INF/services} (JUnit's extension
 * auto-detection, switched on in {@code junit-platform.properties}).
 *
 * <p>What libraries set once when they start (JavaFX's and Monocle's system properties, TestFX's
 * uncaught-exception handler) and never change again is not counted as left over.
 */
public final class GlobalStateGuard implements BeforeAllCallback, AfterAllCallback {
    private static final List<String> SET_BY_LIBRARIES_AT_START = List.of(
            "javafx.",
            "glass.",
            "prism.",
            "monocle.",
            "quantum.",
            "testfx.",
            "com.sun.",
            "jdk.",
            "sun.",
            "java.awt.",
            "headless.");
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(GlobalStateGuard.class);

    private record Snapshot(
            DefaultLocale.Saved locale,
            String timeZone,
            Map<String, String> properties,
            Thread.UncaughtExceptionHandler uncaught,
            List<Handler> rootHandlers) {
        static Snapshot now() {
            // Asked first: the first call sets the user.timezone property.
            String timeZone = TimeZone.getDefault().getID();
            Map<String, String> properties = new HashMap<>();
            Properties system = System.getProperties();
            for (String key : system.stringPropertyNames()) {
                properties.put(key, system.getProperty(key));
            }
            return new Snapshot(
                    DefaultLocale.Saved.now(),
                    timeZone,
                    properties,
                    Thread.getDefaultUncaughtExceptionHandler(),
                    Arrays.asList(Logger.getLogger("").getHandlers()));
        }
    }

    /** TestFX installs its own handler the first time it starts JavaFX, to report failures on the FX thread. */
    private static boolean installedByTestFx(
            Thread.UncaughtExceptionHandler before, Thread.UncaughtExceptionHandler after) {
        return before == null && after != null && after.getClass().getName().startsWith("org.testfx.");
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NAMESPACE).put(Snapshot.class, Snapshot.now());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Snapshot before = context.getStore(NAMESPACE).get(Snapshot.class, Snapshot.class);
        if (before == null) {
            return;
        }
        Snapshot after = Snapshot.now();
        List<String> left = new ArrayList<>();
        if (!before.locale().equals(after.locale())) {
            left.add("default locale " + before.locale() + " -> " + after.locale());
            before.locale().restore();
        }
        if (!before.timeZone().equals(after.timeZone())) {
            left.add("default time zone " + before.timeZone() + " -> " + after.timeZone());
            TimeZone.setDefault(TimeZone.getTimeZone(before.timeZone()));
        }
        for (String key : new TreeSet<>(before.properties().keySet())) {
            String was = before.properties().get(key);
            String now = after.properties().get(key);
            if (!Objects.equals(was, now)) {
                left.add("system property " + key + "=" + was + " -> " + now);
                System.setProperty(key, was);
            }
        }
        for (String key : new TreeSet<>(after.properties().keySet())) {
            if (!before.properties().containsKey(key)
                    && SET_BY_LIBRARIES_AT_START.stream().noneMatch(key::startsWith)) {
                left.add("system property " + key + " added ("
                        + after.properties().get(key) + ")");
                System.clearProperty(key);
            }
        }
        if (before.uncaught() != after.uncaught() && !installedByTestFx(before.uncaught(), after.uncaught())) {
            left.add("default uncaught-exception handler " + before.uncaught() + " -> " + after.uncaught());
            Thread.setDefaultUncaughtExceptionHandler(before.uncaught());
        }
        if (!before.rootHandlers().equals(after.rootHandlers())) {
            left.add("root logger handlers " + before.rootHandlers() + " -> " + after.rootHandlers());
            Logger root = Logger.getLogger("");
            for (Handler handler : root.getHandlers()) {
                root.removeHandler(handler);
            }
            before.rootHandlers().forEach(root::addHandler);
        }
        if (!left.isEmpty()) {
            throw new AssertionError(
                    context.getDisplayName() + " left global state changed (now put back): " + String.join("; ", left));
        }
    }
}
