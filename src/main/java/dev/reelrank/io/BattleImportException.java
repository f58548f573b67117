package dev.reelrank.io;

import dev.reelrank.model.Explained;
import dev.reelrank.model.LocalText;

/** A battle file that cannot be imported at all (unknown header, a malformed row under --strict). */
public final class BattleImportException extends Exception implements Explained {
    private static final long serialVersionUID = 1L;
    private final transient LocalText explanation;

    /** @param place where, e.g. {@code votes.csv:3: }, the same in every language */
    public BattleImportException(String place, String key, Object... args) {
        this(LocalText.of(key, args).after(place));
    }

    private BattleImportException(LocalText explanation) {
        super(explanation.english());
        this.explanation = explanation;
    }

    @Override
    public LocalText explanation() {
        return explanation;
    }
}
