package dev.reelrank.io;

import dev.reelrank.model.Project;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The datasets embedded in the jar, each a project file: today's market, which ReelRank opens with,
 * and the source article's comparison of early 2025.
 */
public enum BuiltInDataset {
    TODAY("market-late-2026.reelrank.json"),
    ARTICLE("article-early-2025.reelrank.json");

    private final String resource;

    BuiltInDataset(String resource) {
        this.resource = resource;
    }

    /** The file name inside the jar, which errors name. */
    public String resource() {
        return resource;
    }

    public Project load() {
        try (InputStream in = openResource()) {
            return ProjectReader.read(in, resource);
        } catch (ProjectFileException e) {
            throw new IllegalStateException("the embedded dataset is invalid: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The embedded file's bytes exactly as shipped. */
    public InputStream openResource() throws IOException {
        InputStream in = BuiltInDataset.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("the embedded dataset " + resource + " is missing from the jar");
        }
        return in;
    }
}
