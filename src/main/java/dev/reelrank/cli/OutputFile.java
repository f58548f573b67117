package dev.reelrank.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** The checks every command that writes a file makes before it writes, with the same words. */
final class OutputFile {
    private OutputFile() {}

    /**
     * Refuses a folder (naming {@code example} as a file to give instead) and an existing file
     * unless {@code force} allows replacing it.
     */
    static void checkReplaceable(Path out, boolean force, String example) {
        if (Files.isDirectory(out)) {
            throw new UserInputException(out + " is a folder; give a file name such as " + out.resolve(example));
        }
        if (Files.exists(out) && !force) {
            throw new UserInputException(out + " already exists; add --force to replace it");
        }
    }
}
