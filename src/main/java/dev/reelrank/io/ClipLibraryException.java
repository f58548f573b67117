package dev.reelrank.io;

import dev.reelrank.model.Explained;
import dev.reelrank.model.LocalText;

/** A clip folder or manifest that cannot be read at all: missing, unreadable, or a manifest without its header. */
public final class ClipLibraryException extends Exception implements Explained {
    private static final long serialVersionUID = 1L;
    private final transient LocalText explanation;

    /** @param where the folder or file, shown first in every language */
    ClipLibraryException(Object where, String key, Object... args) {
        super(LocalText.of(key, args).after(where + ": ").english());
        explanation = LocalText.of(key, args).after(where + ": ");
    }

    @Override
    public LocalText explanation() {
        return explanation;
    }
}
