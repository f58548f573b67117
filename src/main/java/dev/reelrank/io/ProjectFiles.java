package dev.reelrank.io;

import dev.reelrank.model.Project;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Opening and saving project files ({@code *.reelrank.json}). */
public final class ProjectFiles {
    public static final String EXTENSION = ".reelrank.json";
    /** Larger files are refused before anything is parsed. */
    public static final long MAX_FILE_BYTES = 50L * 1024 * 1024;

    private ProjectFiles() {
    }

    /** Reads a project file; the file is only ever opened for reading. */
    public static Project read(Path file) throws ProjectFileException, IOException {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw ProjectFileException.ofFile(name, "file.folder");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw ProjectFileException.ofFile(name, "file.missing");
        } catch (AccessDeniedException e) {
            throw ProjectFileException.ofFile(name, "file.denied");
        }
        if (size > MAX_FILE_BYTES) {
            throw tooLarge(name, size);
        }
        try (InputStream in = new SizeLimitedStream(Files.newInputStream(file))) {
            return ProjectReader.read(in, name);
        } catch (AccessDeniedException e) {
            throw ProjectFileException.ofFile(name, "file.denied");
        } catch (TooLargeException e) {
            throw ProjectFileException.ofFile(name, "file.tooLargeStream");
        }
    }

    /** Saves a project atomically: a crash leaves the old file or the new one, never a mix. */
    public static void write(Project project, Path file) throws IOException {
        AtomicFiles.write(file, out -> ProjectWriter.write(project, out));
    }

    private static ProjectFileException tooLarge(String name, long bytes) {
        return ProjectFileException.ofFile(name, "file.tooLarge",
                String.format(java.util.Locale.ROOT, "%.1f", bytes / 1024.0 / 1024.0));
    }

    /** Stops reading past the size limit even when the file grows, or is a pipe whose size is unknown. */
    private static final class SizeLimitedStream extends FilterInputStream {
        private long read;

        SizeLimitedStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws TooLargeException {
            read += n;
            if (read > MAX_FILE_BYTES) {
                throw new TooLargeException();
            }
        }
    }

    private static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        TooLargeException() {
            super("more than " + MAX_FILE_BYTES + " bytes");
        }
    }
}
