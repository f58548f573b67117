package dev.reelrank.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The command line as typed, where the JVM could not read it. Under the C or POSIX locale the JVM
 * reads arguments and file names as ASCII ({@code sun.jnu.encoding} is ANSI_X3.4-1968, fixed when
 * the JVM starts: {@code -Dsun.jnu.encoding=UTF-8} is ignored), so {@code /tmp/测试/项目.reelrank.json}
 * arrives as {@code /tmp/������/������.reelrank.json} and no such file can be opened. On Linux the
 * bytes as typed are still in {@code /proc/self/cmdline}: they give back the arguments' text, so
 * that ReelRank can at least name the file it cannot open, and say how to open it.
 */
final class RawArguments {
    /** How to open such a file; said in the error. */
    static final String FIX = "set LC_ALL or LANG to a UTF-8 locale (for example LC_ALL=C.UTF-8) and run again";

    private static final int MOST_BYTES = 4 << 20;

    private RawArguments() {}

    /** The arguments as typed, where the JVM's reading lost characters; otherwise {@code args} itself. */
    static String[] recover(String[] args) {
        Charset names = fileNameCharset();
        if (names.equals(StandardCharsets.UTF_8) || Arrays.stream(args).noneMatch(a -> a.indexOf('\uFFFD') >= 0)) {
            return args;
        }
        try (InputStream in = Files.newInputStream(Path.of("/proc/self/cmdline"))) {
            return recover(args, split(in.readNBytes(MOST_BYTES)));
        } catch (IOException | RuntimeException e) {
            return args;
        }
    }

    /**
     * {@code args} with each argument the JVM could not read replaced by the UTF-8 reading of its
     * bytes in {@code typed} (the whole command line; the arguments are its last entries), where the
     * two agree on every ASCII byte and each other byte became U+FFFD.
     */
    static String[] recover(String[] args, List<byte[]> typed) {
        if (typed.size() < args.length) {
            return args;
        }
        String[] recovered = args.clone();
        int first = typed.size() - args.length;
        for (int i = 0; i < args.length; i++) {
            byte[] bytes = typed.get(first + i);
            if (args[i].indexOf('\uFFFD') >= 0 && sameBytes(args[i], bytes)) {
                recovered[i] = new String(bytes, StandardCharsets.UTF_8);
            }
        }
        return recovered;
    }

    private static boolean sameBytes(String read, byte[] bytes) {
        if (read.length() != bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            char c = read.charAt(i);
            if (bytes[i] >= 0 ? c != bytes[i] : c != '\uFFFD' && c != '?') {
                return false;
            }
        }
        return true;
    }

    private static List<byte[]> split(byte[] cmdline) {
        List<byte[]> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < cmdline.length; i++) {
            if (cmdline[i] == 0) {
                parts.add(Arrays.copyOfRange(cmdline, start, i));
                start = i + 1;
            }
        }
        if (start < cmdline.length) {
            parts.add(Arrays.copyOfRange(cmdline, start, cmdline.length));
        }
        return parts;
    }

    /** The charset the JVM reads and writes file names in. */
    static Charset fileNameCharset() {
        try {
            return Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
        } catch (RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /** A path argument, or a one-line refusal that names it and says how to open it. */
    static Path path(String typed) {
        try {
            return Path.of(typed);
        } catch (InvalidPathException e) {
            if (typed.indexOf('\uFFFD') >= 0 || !fileNameCharset().newEncoder().canEncode(typed)) {
                throw new Unopenable(typed);
            }
            throw e;
        }
    }

    /** A file name the JVM cannot pass to the system under this locale. */
    static final class Unopenable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unopenable(String typed) {
            super("cannot open " + typed + ": under this locale Java reads file names as "
                    + fileNameCharset().name() + ", which has no such characters; " + FIX);
        }
    }
}
