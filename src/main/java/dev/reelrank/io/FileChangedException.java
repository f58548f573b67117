package dev.reelrank.io;

import dev.reelrank.model.Explained;
import dev.reelrank.model.LocalText;
import java.io.IOException;
import java.nio.file.Path;

/** A save refused because someone changed the file on disk since it was read; nothing was written. */
public final class FileChangedException extends IOException implements Explained {
    private static final long serialVersionUID = 1L;
    private final transient LocalText explanation;

    public FileChangedException(Path file) {
        this(LocalText.of("file.changedOnDisk", file.getFileName()));
    }

    private FileChangedException(LocalText explanation) {
        super(explanation.english());
        this.explanation = explanation;
    }

    @Override
    public LocalText explanation() {
        return explanation;
    }
}
