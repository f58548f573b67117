package dev.reelrank.io;

import dev.reelrank.model.Project;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The dataset ReelRank opens with: the products, prices and sources of the seed article and the
 * public price pages, as a project file embedded in the jar.
 */
public final class DefaultDataset {
    public static final String RESOURCE = "default-project.reelrank.json";

    private DefaultDataset() {
    }

    public static Project load() {
        try (InputStream in = openResource()) {
            return ProjectReader.read(in, RESOURCE);
        } catch (ProjectFileException e) {
            throw new IllegalStateException("the embedded dataset is invalid: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The embedded file's bytes exactly as shipped. */
    public static InputStream openResource() throws IOException {
        InputStream in = DefaultDataset.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IOException("the embedded dataset " + RESOURCE + " is missing from the jar");
        }
        return in;
    }
}
