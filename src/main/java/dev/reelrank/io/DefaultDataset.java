package dev.reelrank.io;

import dev.reelrank.model.Project;
import java.io.IOException;
import java.io.InputStream;

/** The dataset ReelRank opens with when no file is given: today's market ({@link BuiltInDataset#TODAY}). */
public final class DefaultDataset {
    public static final String RESOURCE = BuiltInDataset.TODAY.resource();

    private DefaultDataset() {}

    public static Project load() {
        return BuiltInDataset.TODAY.load();
    }

    /** The embedded file's bytes exactly as shipped. */
    public static InputStream openResource() throws IOException {
        return BuiltInDataset.TODAY.openResource();
    }
}
