package dev.reelrank.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** ReelRank's version, stamped into the jar by the build. */
public final class Version {
    private Version() {}

    public static String current() {
        Properties properties = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        String version = properties.getProperty("version", "unknown");
        return version.startsWith("${") ? "unknown" : version;
    }

    /** What {@code --version} prints. */
    public static String line() {
        return "ReelRank " + current();
    }
}
