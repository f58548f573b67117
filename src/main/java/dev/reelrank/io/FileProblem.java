package dev.reelrank.io;

import dev.reelrank.model.Explained;
import dev.reelrank.model.LocalText;
import java.io.IOException;

/** A file that cannot be read or written, explained in words a person can act on, in any language. */
public final class FileProblem extends IOException implements Explained {
    private static final long serialVersionUID = 1L;
    private final transient LocalText explanation;

    public FileProblem(Throwable cause, String key, Object... args) {
        this(LocalText.of(key, args), cause);
    }

    private FileProblem(LocalText explanation, Throwable cause) {
        super(explanation.english(), cause);
        this.explanation = explanation;
    }

    @Override
    public LocalText explanation() {
        return explanation;
    }
}
