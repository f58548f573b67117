package dev.reelrank.io;

import dev.reelrank.model.Explained;
import dev.reelrank.model.LocalText;

/**
 * A project file that cannot be read, with where the problem is: the file, the line and column,
 * the field path (e.g. {@code products[3].prices[0].amount}) and what was expected there.
 */
public final class ProjectFileException extends Exception implements Explained {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final int line;
    private final int column;
    private final String path;
    private final transient LocalText problem;

    public ProjectFileException(String file, int line, int column, String path, LocalText problem) {
        super(place(file, line, column, path) + problem.english());
        this.file = file;
        this.line = line;
        this.column = column;
        this.path = path == null ? "" : path;
        this.problem = problem;
    }

    /** A problem with the file as a whole, such as its size. */
    public static ProjectFileException ofFile(String file, String key, Object... args) {
        return new ProjectFileException(file, 0, 0, "", LocalText.of(key, args));
    }

    private static String place(String file, int line, int column, String path) {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        text.append(": ");
        if (path != null && !path.isEmpty()) {
            text.append(path).append(": ");
        }
        return text.toString();
    }

    public String file() {
        return file;
    }

    /** 1-based line, or 0 when the problem concerns the whole file. */
    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String path() {
        return path;
    }

    /** What is wrong, in English, without the place. */
    public String problem() {
        return problem.english();
    }

    /** The whole message, place first, in any language. */
    @Override
    public LocalText explanation() {
        return problem.after(place(file, line, column, path));
    }
}
