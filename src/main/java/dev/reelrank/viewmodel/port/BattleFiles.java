package dev.reelrank.viewmodel.port;

import dev.reelrank.model.ImportedBattles;
import dev.reelrank.model.LocalText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/** Reading battle CSV files, supplied by the composition root so that view models do no file I/O. */
public interface BattleFiles {
    /**
     * What a battle file held.
     *
     * @param skipped      malformed rows left out
     * @param firstProblem the first of them ("line 17: unknown winner …"), or null
     */
    record Contents(ImportedBattles battles, long rows, long skipped, LocalText firstProblem) {}

    /** Reads a file; failures carry a one-line message. Stops with an exception once {@code cancelled} is true. */
    Contents read(Path file, DoubleConsumer progress, BooleanSupplier cancelled) throws IOException;
}
