package dev.reelrank.app;

import java.nio.file.Path;

/**
 * ReelRank's folders in the user's home, as the XDG base directory rules place them: a variable that
 * names an absolute folder wins, else the folder under the home that the rules give.
 */
final class UserFolders {
    private UserFolders() {}

    /** $XDG_STATE_HOME/reelrank, else ~/.local/state/reelrank: the log and the recovery copies. */
    static Path state() {
        return reelrank("XDG_STATE_HOME", Path.of(".local", "state"));
    }

    /** $XDG_CACHE_HOME/reelrank, else ~/.cache/reelrank: what may be deleted at any time. */
    static Path cache() {
        return reelrank("XDG_CACHE_HOME", Path.of(".cache"));
    }

    private static Path reelrank(String variable, Path underHome) {
        String named = System.getenv(variable);
        Path folder = named != null && !named.isBlank() && Path.of(named).isAbsolute()
                ? Path.of(named)
                : Path.of(System.getProperty("user.home")).resolve(underHome);
        return folder.resolve("reelrank");
    }
}
