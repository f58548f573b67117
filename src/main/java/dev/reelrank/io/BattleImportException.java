package dev.reelrank.io;

/** A battle file that cannot be imported at all (unknown header, a malformed row under --strict). */
public final class BattleImportException extends Exception {
    private static final long serialVersionUID = 1L;

    public BattleImportException(String message) {
        super(message);
    }
}
