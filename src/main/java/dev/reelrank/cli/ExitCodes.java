package dev.reelrank.cli;

/** Exit codes shared by every command. */
public final class ExitCodes {
    public static final int OK = 0;
    /** Something failed while running: an unwritable file, a missing display. */
    public static final int FAILURE = 1;
    /** Bad input or usage: a malformed file, an unknown option. */
    public static final int BAD_INPUT = 2;

    private ExitCodes() {}
}
