package dev.reelrank.bench;

import dev.reelrank.io.ProjectFiles;
import java.nio.file.Path;

/** Writes a generated project with N products, for measuring the real app on it. */
public final class WriteLarge {
    private WriteLarge() {}

    public static void main(String[] args) throws Exception {
        ProjectFiles.write(LargeProjects.withProducts(Integer.parseInt(args[0])), Path.of(args[1]));
    }
}
