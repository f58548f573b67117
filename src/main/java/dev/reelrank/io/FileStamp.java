package dev.reelrank.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Which version of a file someone read: a digest of its bytes, or "absent". A modification time
 * would miss two saves within its granularity, and a size would miss an edit of one digit.
 */
public record FileStamp(String digest) {
    /** No file. */
    public static final FileStamp ABSENT = new FileStamp("absent");
    /** A version that cannot be known (the file changed while it was read): matches nothing. */
    public static final FileStamp UNKNOWN = new FileStamp("unknown");

    /** The file as it is now. */
    public static FileStamp of(Path file) throws IOException {
        try {
            if (Files.size(file) > ProjectFiles.MAX_FILE_BYTES) {
                return UNKNOWN;
            }
            return ofBytes(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return ABSENT;
        }
    }

    public static FileStamp ofBytes(byte[] bytes) {
        try {
            return new FileStamp(HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FileStamp stamp && stamp.digest.equals(digest) && this != UNKNOWN && stamp != UNKNOWN;
    }

    @Override
    public int hashCode() {
        return digest.hashCode();
    }
}
