package dev.reelrank.app;

import dev.reelrank.viewmodel.port.RecentFiles;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** Recent files kept across runs in the user's Java preferences (on Linux, under ~/.java). */
final class PreferencesRecentFiles implements RecentFiles {
    private static final int LIMIT = 10;
    private final Preferences node;

    PreferencesRecentFiles(Preferences node) {
        this.node = node;
    }

    static PreferencesRecentFiles forUser() {
        return new PreferencesRecentFiles(Preferences.userRoot().node("dev/reelrank/recent-files"));
    }

    @Override
    public List<Path> list() {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < LIMIT; i++) {
            String value = node.get("file." + i, null);
            if (value == null) {
                break;
            }
            try {
                files.add(Path.of(value));
            } catch (InvalidPathException e) {
                // a value another program wrote; skip it
            }
        }
        return files;
    }

    @Override
    public void remember(Path file) {
        List<Path> files = list();
        files.remove(file);
        files.addFirst(file);
        store(files);
    }

    @Override
    public void forget(Path file) {
        List<Path> files = list();
        files.remove(file);
        store(files);
    }

    private void store(List<Path> files) {
        for (int i = 0; i < LIMIT; i++) {
            if (i < files.size()) {
                node.put("file." + i, files.get(i).toString());
            } else {
                node.remove("file." + i);
            }
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Recent files are a convenience: when preferences cannot be written they last for this run.
        }
    }
}
