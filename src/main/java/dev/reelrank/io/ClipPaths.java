package dev.reelrank.io;

import dev.reelrank.model.Clip;
import dev.reelrank.model.ClipLibrary;
import dev.reelrank.model.Project;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.function.BiFunction;

/**
 * Clip files as a project file stores them and as a project in memory holds them. In a file each
 * is relative to the file's folder, with forward slashes on every system ({@code ../shared/a.mp4}
 * for one outside it), so that a project folder can be moved or shared; in memory, once a file is
 * opened, each is absolute, so that the player finds it wherever the window was started.
 */
final class ClipPaths {
    private ClipPaths() {}

    /** The project as its file in {@code folder} stores it: each absolute clip file made relative. */
    static Project relativeTo(Project project, Path folder) {
        return withFiles(project, folder, ClipPaths::relative);
    }

    /** The project as read from a file in {@code folder}: each relative clip file made absolute. */
    static Project resolvedAgainst(Project project, Path folder) {
        return withFiles(project, folder, ClipPaths::resolved);
    }

    private static Project withFiles(Project project, Path folder, BiFunction<String, Path, String> change) {
        ClipLibrary library = project.clipLibrary();
        if (library.isEmpty()) {
            return project;
        }
        Path absolute = folder.toAbsolutePath().normalize();
        return project.withClipLibrary(new ClipLibrary(
                library.prompts(),
                library.clips().stream()
                        .map(clip -> new Clip(clip.prompt(), clip.product(), change.apply(clip.file(), absolute)))
                        .toList()));
    }

    /**
     * An absolute file as seen from {@code folder}, with forward slashes; a relative one, or one no
     * relative path reaches (another drive on Windows), as it is.
     */
    static String relative(String file, Path folder) {
        Path path;
        try {
            path = Path.of(file);
        } catch (InvalidPathException e) {
            return file;
        }
        if (!path.isAbsolute()) {
            return file;
        }
        try {
            String relative = forwardSlashes(folder.relativize(path.normalize()));
            return relative.isEmpty() ? file : relative;
        } catch (IllegalArgumentException otherRoot) {
            return forwardSlashes(path);
        }
    }

    /** A file as written in a project file in {@code folder}, made absolute; an absolute one as it is. */
    static String resolved(String file, Path folder) {
        try {
            Path path = Path.of(file);
            return path.isAbsolute() ? file : folder.resolve(path).normalize().toString();
        } catch (InvalidPathException e) {
            // Not a path on this system (a Windows name on Linux, say): the player reports it missing.
            return file;
        }
    }

    private static String forwardSlashes(Path path) {
        String separator = path.getFileSystem().getSeparator();
        String text = path.toString();
        return separator.equals("/") ? text : text.replace(separator, "/");
    }
}
