package dev.reelrank.viewmodel.port;

import dev.reelrank.model.LocalText;
import dev.reelrank.model.Project;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Reading a clip library from a folder ({@code PROMPT/PRODUCT.mp4}) or a manifest CSV, supplied by
 * the composition root so that view models do no file I/O.
 */
public interface ClipLibraries {
    /**
     * What a folder or manifest held.
     *
     * @param unknownProducts products it names that the project does not hold
     * @param skipped         one line per entry left out
     * @param notes           what else the user may want to know (a clip file that is not there)
     * @param withKnown       puts the library into a project, with the clips of products it holds
     * @param withUnknown     the same after adding the unknown products, as a battle import adds them
     */
    record Read(
            List<String> unknownProducts,
            List<LocalText> skipped,
            List<LocalText> notes,
            UnaryOperator<Project> withKnown,
            UnaryOperator<Project> withUnknown) {
        public Read {
            unknownProducts = List.copyOf(unknownProducts);
            skipped = List.copyOf(skipped);
            notes = List.copyOf(notes);
        }
    }

    /** Reads a folder or a manifest CSV; a file or folder that cannot be read fails with one line. */
    Read read(Path source, Project project, LocalDate today) throws IOException;
}
