package dev.reelrank.io;

import dev.reelrank.model.ImportedBattles;
import dev.reelrank.model.LocalText;
import dev.reelrank.model.PairTally;
import dev.reelrank.model.SafeText;
import dev.reelrank.model.ratings.PairKeys;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * Reads head-to-head votes from CSV, streaming: LMArena's battle format
 * ({@code model_a,model_b,winner}, winner one of model_a, model_b, tie, tie (bothbad)) or tallies
 * ({@code a,b,a_wins,b_wins,ties}). Malformed rows are reported with their line numbers and, unless
 * the import is strict, skipped and counted.
 */
public final class BattleImporter {
    public static final int MAX_NAME_LENGTH = 200;
    private static final int KEPT_PROBLEMS = 100;
    private static final long MAX_COUNT = 1_000_000_000_000L;

    /** A row that was skipped, and why. */
    public record Problem(int line, LocalText reason) {
        /** Why, in English. */
        public String message() {
            return reason.english();
        }

        /** "line 17: unknown winner …" in any language. */
        public LocalText explanation() {
            return LocalText.of("csv.atLine", line, reason);
        }

        @Override
        public String toString() {
            return explanation().english();
        }
    }

    /** What an import read: the votes, the rows it skipped (the first 100 of them) and how many. */
    public record Result(ImportedBattles battles, long rows, long skipped, List<Problem> problems, String format) {}

    private enum Layout {
        BATTLES,
        TALLIES
    }

    private BattleImporter() {}

    public static Result read(Path file, boolean strict) throws IOException, BattleImportException {
        return read(file, strict, fraction -> {}, () -> false);
    }

    /**
     * Reads a battles CSV as {@link #read(Path, boolean)} does, reporting progress and stopping when cancelled.
     *
     * @param progress  receives the share of the file read so far, from 0 to 1
     * @param cancelled checked as the file is read; when true the import stops with an exception
     */
    public static Result read(Path file, boolean strict, DoubleConsumer progress, BooleanSupplier cancelled)
            throws IOException, BattleImportException {
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new BattleImportException(file + ": ", "file.missing");
        }
        if (Files.isDirectory(file)) {
            throw new BattleImportException(file + ": ", "csv.folder");
        }
        if (!Files.isRegularFile(file)) {
            // A device or a pipe has no end to wait for (/dev/zero) and no size to show progress by.
            throw new BattleImportException(file + ": ", "csv.notRegular");
        }
        try (CountingStream counting =
                        new CountingStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
                CsvLines lines = new CsvLines(counting)) {
            return read(
                    file.toString(),
                    lines,
                    strict,
                    () -> progress.accept(size == 0 ? 1 : (double) counting.read / size),
                    cancelled);
        } catch (CsvLines.LineTooLong e) {
            throw tooLong(file.toString(), e);
        } catch (AccessDeniedException e) {
            throw new BattleImportException(file + ": ", "file.denied");
        } catch (IOException e) {
            // A read error names the file: the command line may name several (a project and a CSV).
            throw new IOException(
                    file + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
    }

    public static Result read(InputStream in, String fileName, boolean strict)
            throws IOException, BattleImportException {
        try (CsvLines lines = new CsvLines(in)) {
            return read(fileName, lines, strict, () -> {}, () -> false);
        } catch (CsvLines.LineTooLong e) {
            throw tooLong(fileName, e);
        }
    }

    private static BattleImportException tooLong(String file, CsvLines.LineTooLong e) {
        return new BattleImportException(
                file + ":" + e.lineNumber + ": ", "csv.lineTooLong", CsvLines.MAX_LINE_BYTES / (1 << 20));
    }

    private static Result read(
            String file, CsvLines lines, boolean strict, Runnable progress, BooleanSupplier cancelled)
            throws IOException, BattleImportException {
        CsvLines.Line header = lines.next();
        if (header == null) {
            throw new BattleImportException(file + ": ", "csv.empty");
        }
        if (header.fields() == null) {
            throw new BattleImportException(file + ":" + header.number() + ": ", "csv.badHeader", header.problem());
        }
        List<String> columns = header.fields().stream()
                .map(f -> f.strip().toLowerCase(Locale.ROOT))
                .toList();
        Layout layout;
        int[] at;
        if (columns.containsAll(List.of("model_a", "model_b", "winner"))) {
            layout = Layout.BATTLES;
            at = new int[] {columns.indexOf("model_a"), columns.indexOf("model_b"), columns.indexOf("winner")};
        } else if (columns.containsAll(List.of("a", "b", "a_wins", "b_wins", "ties"))) {
            layout = Layout.TALLIES;
            at = new int[] {
                columns.indexOf("a"),
                columns.indexOf("b"),
                columns.indexOf("a_wins"),
                columns.indexOf("b_wins"),
                columns.indexOf("ties")
            };
        } else {
            throw new BattleImportException(
                    file + ":" + header.number() + ": ", "csv.unknownHeader", String.join(",", header.fields()));
        }
        Map<String, Integer> index = new HashMap<>();
        List<String> names = new ArrayList<>();
        Map<Long, long[]> counts = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        long rows = 0;
        long skipped = 0;
        CsvLines.Line line;
        while ((line = lines.next()) != null) {
            rows++;
            if ((rows & 0x3FFF) == 0) {
                if (cancelled.getAsBoolean()) {
                    throw new BattleImportException(file + ": ", "csv.cancelled", line.number());
                }
                progress.run();
            }
            LocalText problem = line.fields() == null
                    ? line.problem()
                    : add(layout, at, columns.size(), line.fields(), index, names, counts, line.number());
            if (problem != null) {
                if (strict) {
                    throw new BattleImportException(file + ":" + line.number() + ": ", "csv.strict", problem);
                }
                skipped++;
                if (problems.size() < KEPT_PROBLEMS) {
                    problems.add(new Problem(line.number(), problem));
                }
            }
        }
        progress.run();
        // Each cell carried its first line and row count beside the votes: split them apart.
        // Trees, as ImportedBattles keeps them: a hash map of pair keys collides (see PairKeys).
        Map<Long, PairTally> votes = new TreeMap<>();
        Map<Long, ImportedBattles.Origin> origins = new TreeMap<>();
        // In key order: a tree filled in order stays in cache (in hash order, 2M pairs took 10 s).
        long[] keys = new long[counts.size()];
        int next = 0;
        for (long spread : counts.keySet()) {
            keys[next++] = PairKeys.unspread(spread);
        }
        Arrays.sort(keys);
        for (long key : keys) {
            long[] cell = counts.get(PairKeys.spread(key));
            votes.put(key, new PairTally(cell[0], cell[1], cell[2]));
            origins.put(key, new ImportedBattles.Origin(cell[4], cell[3]));
        }
        return new Result(
                new ImportedBattles(names, votes, origins),
                rows,
                skipped,
                problems,
                layout == Layout.BATTLES ? "battles" : "tallies");
    }

    /** Adds one row; returns what is wrong with it, or null. */
    private static LocalText add(
            Layout layout,
            int[] at,
            int columns,
            List<String> fields,
            Map<String, Integer> index,
            List<String> names,
            Map<Long, long[]> counts,
            int lineNumber) {
        if (fields.size() != columns) {
            return LocalText.of("csv.fieldCount", fields.size(), columns);
        }
        String a = fields.get(at[0]).strip();
        String b = fields.get(at[1]).strip();
        String first = layout == Layout.BATTLES ? "model_a" : "a";
        String second = layout == Layout.BATTLES ? "model_b" : "b";
        if (a.isEmpty() || b.isEmpty()) {
            return LocalText.of("csv.emptyName", a.isEmpty() ? first : second);
        }
        if (a.length() > MAX_NAME_LENGTH || b.length() > MAX_NAME_LENGTH) {
            return LocalText.of("csv.longName", MAX_NAME_LENGTH);
        }
        if (a.equalsIgnoreCase(b)) {
            return LocalText.of("csv.selfMatch", a);
        }
        long aWins;
        long bWins;
        long ties;
        if (layout == Layout.BATTLES) {
            String winner = fields.get(at[2]).strip().toLowerCase(Locale.ROOT);
            switch (winner) {
                case "model_a" -> {
                    aWins = 1;
                    bWins = 0;
                    ties = 0;
                }
                case "model_b" -> {
                    aWins = 0;
                    bWins = 1;
                    ties = 0;
                }
                case "tie", "tie (bothbad)" -> {
                    aWins = 0;
                    bWins = 0;
                    ties = 1;
                }
                default -> {
                    return LocalText.of("csv.unknownWinner", fields.get(at[2]).strip());
                }
            }
        } else {
            long[] parsed = new long[3];
            String[] what = {"a_wins", "b_wins", "ties"};
            for (int i = 0; i < 3; i++) {
                String text = fields.get(at[2 + i]).strip();
                if (!text.matches("\\d{1,13}")) {
                    return LocalText.of("csv.notCount", what[i], text);
                }
                parsed[i] = Long.parseLong(text);
                if (parsed[i] > MAX_COUNT) {
                    return LocalText.of("csv.countTooLarge", what[i]);
                }
            }
            aWins = parsed[0];
            bWins = parsed[1];
            ties = parsed[2];
        }
        // A name is checked once, when first seen: the rows after it find it in the index.
        Integer knownA = index.get(a);
        Integer knownB = index.get(b);
        LocalText unsafe = knownA == null ? SafeText.problem(a) : null;
        if (unsafe != null) {
            return LocalText.of("csv.unsafeName", first, unsafe);
        }
        unsafe = knownB == null ? SafeText.problem(b) : null;
        if (unsafe != null) {
            return LocalText.of("csv.unsafeName", second, unsafe);
        }
        int ia = knownA != null
                ? knownA
                : index.computeIfAbsent(a, name -> {
                    names.add(name);
                    return names.size() - 1;
                });
        int ib = knownB != null
                ? knownB
                : index.computeIfAbsent(b, name -> {
                    names.add(name);
                    return names.size() - 1;
                });
        // {first wins, second wins, ties, rows, first line}
        long key = PairKeys.spread(ImportedBattles.key(ia, ib));
        long[] cell = counts.get(key);
        if (cell == null) {
            cell = new long[] {0, 0, 0, 0, lineNumber};
            counts.put(key, cell);
        }
        boolean aFirst = ia < ib;
        cell[0] += aFirst ? aWins : bWins;
        cell[1] += aFirst ? bWins : aWins;
        cell[2] += ties;
        cell[3]++;
        return null;
    }

    private static final class CountingStream extends FilterInputStream {
        private long read;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                read++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                read += n;
            }
            return n;
        }
    }
}
