package dev.reelrank.app;

import dev.reelrank.io.BattleImportException;
import dev.reelrank.io.BattleImporter;
import dev.reelrank.viewmodel.port.BattleFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/** Battle CSV files through the streaming importer (never strict: the window reports skipped rows). */
final class CsvBattleFiles implements BattleFiles {
    @Override
    public Contents read(Path file, DoubleConsumer progress, BooleanSupplier cancelled) throws IOException {
        try {
            var result = BattleImporter.read(file, false, progress, cancelled);
            return new Contents(
                    result.battles(),
                    result.rows(),
                    result.skipped(),
                    result.problems().isEmpty()
                            ? null
                            : result.problems().getFirst().explanation());
        } catch (BattleImportException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
