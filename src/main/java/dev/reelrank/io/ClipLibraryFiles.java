package dev.reelrank.io;

import dev.reelrank.model.BattleMerge;
import dev.reelrank.model.BlindTest;
import dev.reelrank.model.BlindTestPrompt;
import dev.reelrank.model.Clip;
import dev.reelrank.model.ClipLibrary;
import dev.reelrank.model.InvalidValueException;
import dev.reelrank.model.LocalText;
import dev.reelrank.model.Product;
import dev.reelrank.model.Project;
import dev.reelrank.model.Provenance;
import dev.reelrank.model.SafeText;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.CharBuffer;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Reads a clip library from a folder laid out as {@code ROOT/PROMPT/PRODUCT.mp4} or from a manifest
 * CSV ({@code prompt_id,prompt,product,file}). Products are matched to the project's by id, else by
 * name ignoring case, as a battle import matches them ({@link BattleMerge#match}); the names that
 * match none are listed, to be offered and added. An entry that cannot be used is skipped with one
 * line saying why. Whether a clip plays is not checked here (the player probes it before a blind
 * test); a manifest's file that does not exist is noted.
 */
public final class ClipLibraryFiles {
    /** The files the folder layout takes as clips, whatever the case of their extension. */
    public static final List<String> VIDEO_EXTENSIONS = List.of(".mp4", ".mov", ".m4v");
    /** A file in a prompt's folder whose first non-blank line is the prompt's text. */
    public static final String PROMPT_FILE = "prompt.txt";
    /** The columns a manifest's header must have, in any order. */
    public static final List<String> MANIFEST_COLUMNS = List.of("prompt_id", "prompt", "product", "file");

    private static final int KEPT_LINES = 1000;
    private static final long MAX_PROMPT_FILE_BYTES = 1 << 20;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final Comparator<Path> BY_NAME = Comparator.comparing(
                    (Path path) -> path.getFileName().toString(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(path -> path.getFileName().toString());

    private ClipLibraryFiles() {}

    /**
     * A clip as found.
     *
     * @param prompt  the prompt's id
     * @param product the product as the folder or manifest names it (an id or a display name)
     * @param file    the clip's file, absolute
     */
    public record Found(String prompt, String product, String file) {}

    /**
     * What a folder or manifest held.
     *
     * @param prompts         the prompts with at least one clip, in order
     * @param found           every clip found, whether its product is in the project or not
     * @param library         the clips of the project's products
     * @param unknownProducts the product names that match no product of the project, first seen
     *                        first, one spelling of each (names differing only in case are one)
     * @param skipped         one line for each entry left out, saying where and why
     * @param notes           what the user may want to know about entries kept (a file that does
     *                        not exist) or about the folder (a prompt.txt that could not be used)
     */
    public record Result(
            List<BlindTestPrompt> prompts,
            List<Found> found,
            ClipLibrary library,
            List<String> unknownProducts,
            List<LocalText> skipped,
            List<LocalText> notes) {
        public Result {
            prompts = List.copyOf(prompts);
            found = List.copyOf(found);
            unknownProducts = List.copyOf(unknownProducts);
            skipped = List.copyOf(skipped);
            notes = List.copyOf(notes);
        }

        /** The clips of {@code project}'s products: the library again, after the project changed. */
        public ClipLibrary libraryFor(Project project) {
            return build(project, name -> Optional.empty());
        }

        /**
         * Adds the unknown products to the project as products without a price, as a battle import
         * adds them, and gives the library with their clips.
         *
         * @param source where the clips came from, e.g. "Clips from /home/me/clips"
         */
        public Added addUnknown(Project project, String source, LocalDate today) {
            List<String> names = unknownProducts.stream()
                    .filter(name -> BattleMerge.match(project, name).isEmpty())
                    .toList();
            BattleMerge.Added added = BattleMerge.addProducts(
                    project,
                    names,
                    new Provenance(source, today),
                    "Added by a clip library import; no price entered yet.");
            Map<String, String> idOfName = new HashMap<>();
            added.ids().forEach((name, id) -> idOfName.put(name.toLowerCase(Locale.ROOT), id));
            ClipLibrary library =
                    build(project, name -> Optional.ofNullable(idOfName.get(name.toLowerCase(Locale.ROOT))));
            return new Added(added.project(), library, List.copyOf(added.ids().keySet()));
        }

        private ClipLibrary build(Project project, Function<String, Optional<String>> added) {
            List<Clip> clips = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (Found clip : found) {
                Optional<String> id = BattleMerge.match(project, clip.product())
                        .map(Product::id)
                        .or(() -> added.apply(clip.product()));
                if (id.isPresent() && seen.add(clip.prompt() + '\0' + id.get())) {
                    clips.add(new Clip(clip.prompt(), id.get(), clip.file()));
                }
            }
            return new ClipLibrary(prompts, clips);
        }
    }

    /**
     * A project with the products a library named added, and the library.
     *
     * @param addedProducts the names added as products, in order
     */
    public record Added(Project project, ClipLibrary library, List<String> addedProducts) {}

    /**
     * Reads the folder layout: each folder of {@code root} is a prompt, and each video in it the clip
     * of the product its name (without the extension) names. The prompt's id is the folder's name
     * made an id ({@code P1 City} → {@code p1-city}); its text is the first non-blank line of the
     * folder's {@value #PROMPT_FILE}, else the folder's name with hyphens and underscores as spaces.
     * Hidden files, other files and deeper folders are left alone; folders and files are read in
     * name order.
     */
    public static Result readFolder(Path root, Project project) throws IOException, ClipLibraryException {
        if (!Files.exists(root)) {
            throw new ClipLibraryException(root, "file.folderMissing");
        }
        if (!Files.isDirectory(root)) {
            throw new ClipLibraryException(root, "clipLibrary.notFolder");
        }
        Path base = root.toAbsolutePath().normalize();
        Collector found = new Collector(project);
        List<Path> folders;
        try {
            folders = entries(base, Files::isDirectory);
        } catch (AccessDeniedException e) {
            throw new ClipLibraryException(root, "file.denied");
        }
        for (Path folder : folders) {
            String name = folder.getFileName().toString();
            List<Path> videos;
            try {
                videos = entries(folder, path -> Files.isRegularFile(path) && isVideo(path));
            } catch (AccessDeniedException e) {
                found.skip(LocalText.of("file.denied").after(name + "/: "));
                continue;
            }
            if (videos.isEmpty()) {
                found.note(LocalText.of("clipLibrary.noClips").after(name + "/: "));
                continue;
            }
            String id = BattleMerge.slug(name, "prompt");
            LocalText problem = found.prompts.containsKey(id)
                    ? LocalText.of("clipLibrary.promptTaken", id, found.promptPlaces.get(id))
                    : found.addPrompt(id, promptText(folder, name, found), LocalText.verbatim(name + "/"));
            for (Path video : videos) {
                String file = video.getFileName().toString();
                String place = name + "/" + file;
                LocalText skipped = problem != null
                        ? problem
                        : found.addClip(id, withoutExtension(file), video.toString(), LocalText.verbatim(place));
                if (skipped != null) {
                    found.skip(skipped.after(place + ": "));
                }
            }
        }
        // An empty or wrongly laid out folder would replace the project's library with nothing, and
        // the setup would say no word about why: refused in one line, the library kept.
        if (found.found.isEmpty() && found.skipped.isEmpty()) {
            throw new ClipLibraryException(
                    root, folders.isEmpty() ? "clipLibrary.noPromptFolders" : "clipLibrary.noClipsAnywhere");
        }
        return found.result();
    }

    /**
     * Reads a manifest: a CSV with the header {@code prompt_id,prompt,product,file} (any order, other
     * columns ignored), UTF-8 with or without a byte-order mark, quoted as a spreadsheet quotes.
     * {@code file} is relative to the manifest's folder (either slash) or absolute.
     *
     * @throws ClipLibraryException when the file cannot be read or has no such header: one line for
     *                              the whole file
     */
    public static Result readManifest(Path csv, Project project) throws IOException, ClipLibraryException {
        if (!Files.exists(csv)) {
            throw new ClipLibraryException(csv, "file.missing");
        }
        if (Files.isDirectory(csv)) {
            throw new ClipLibraryException(csv, "csv.folder");
        }
        if (!Files.isRegularFile(csv)) {
            throw new ClipLibraryException(csv, "clipLibrary.notRegular");
        }
        Path folder = csv.toAbsolutePath().normalize().getParent();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(csv), 1 << 16);
                CsvLines lines = new CsvLines(in)) {
            return readManifest(csv.toString(), folder, lines, project);
        } catch (CsvLines.LineTooLong e) {
            throw new ClipLibraryException(
                    csv + ":" + e.lineNumber, "clipLibrary.lineTooLong", CsvLines.MAX_LINE_BYTES >> 20);
        } catch (AccessDeniedException e) {
            throw new ClipLibraryException(csv, "file.denied");
        } catch (IOException e) {
            throw new ClipLibraryException(
                    csv,
                    "clipLibrary.unreadable",
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private static Result readManifest(String name, Path folder, CsvLines lines, Project project)
            throws IOException, ClipLibraryException {
        CsvLines.Line header = lines.next();
        if (header == null) {
            throw new ClipLibraryException(name, "clipLibrary.emptyManifest");
        }
        if (header.fields() == null) {
            throw new ClipLibraryException(name + ":" + header.number(), "csv.badHeader", header.problem());
        }
        List<String> columns = header.fields().stream()
                .map(column -> column.strip().toLowerCase(Locale.ROOT))
                .toList();
        List<String> missing =
                MANIFEST_COLUMNS.stream().filter(c -> !columns.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new ClipLibraryException(
                    name + ":" + header.number(), "clipLibrary.manifestHeader", String.join(",", missing));
        }
        int[] at = MANIFEST_COLUMNS.stream().mapToInt(columns::indexOf).toArray();
        Collector found = new Collector(project);
        CsvLines.Line line;
        while ((line = lines.next()) != null) {
            LocalText problem = line.fields() == null
                    ? line.problem()
                    : manifestRow(found, folder, at, columns.size(), line.fields(), line.number());
            if (problem != null) {
                found.skip(LocalText.of("csv.atLine", line.number(), problem));
            }
        }
        return found.result();
    }

    /** Adds one row; returns what is wrong with it, or null. */
    private static LocalText manifestRow(
            Collector found, Path folder, int[] at, int columns, List<String> fields, int lineNumber) {
        if (fields.size() != columns) {
            return LocalText.of("csv.fieldCount", fields.size(), columns);
        }
        String[] values = new String[at.length];
        for (int i = 0; i < at.length; i++) {
            values[i] = fields.get(at[i]).strip();
            if (values[i].isEmpty()) {
                return LocalText.of("csv.emptyName", MANIFEST_COLUMNS.get(i));
            }
        }
        String id = values[0];
        if (!ID.matcher(id).matches()) {
            return LocalText.of("clipLibrary.badPromptId", id);
        }
        LocalText place = LocalText.of("clipLibrary.line", lineNumber);
        BlindTestPrompt known = found.prompts.get(id);
        LocalText problem = known == null
                ? found.addPrompt(id, values[1], place)
                : known.text().equals(values[1])
                        ? null
                        : LocalText.of("clipLibrary.promptTextDiffers", id, found.promptPlaces.get(id));
        if (problem != null) {
            return problem;
        }
        Path file;
        try {
            String written = values[3];
            if (folder.getFileSystem().getSeparator().equals("/")) {
                written = written.replace('\\', '/');
            }
            Path path = Path.of(written);
            file = (path.isAbsolute() ? path : folder.resolve(path)).normalize();
        } catch (InvalidPathException e) {
            return LocalText.of("clipLibrary.badPath", values[3]);
        }
        problem = found.addClip(id, values[2], file.toString(), place);
        if (problem == null && !Files.exists(file)) {
            found.note(LocalText.of("csv.atLine", lineNumber, LocalText.of("clipLibrary.missingFile", file)));
        }
        return problem;
    }

    /** The entries of a folder that pass {@code wanted}, hidden ones left out, in name order. */
    private static List<Path> entries(Path folder, Predicate<Path> wanted) throws IOException {
        List<Path> kept = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                if (!hidden(entry) && wanted.test(entry)) {
                    kept.add(entry);
                }
            }
        }
        kept.sort(BY_NAME);
        return kept;
    }

    private static boolean hidden(Path entry) {
        if (entry.getFileName().toString().startsWith(".")) {
            return true;
        }
        try {
            return Files.isHidden(entry);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isVideo(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return VIDEO_EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    private static String withoutExtension(String file) {
        int dot = file.lastIndexOf('.');
        return dot < 0 ? file : file.substring(0, dot);
    }

    /**
     * The prompt's text: the first non-blank line of the folder's prompt.txt (any case of its name),
     * else the folder's name made readable. A prompt.txt that cannot be used is noted.
     */
    private static String promptText(Path folder, String name, Collector found) {
        String readable = name.replaceAll("[-_]+", " ").strip();
        String fallback = readable.isEmpty() ? name : readable;
        Path file;
        try {
            file = entries(
                            folder,
                            path -> Files.isRegularFile(path)
                                    && path.getFileName().toString().equalsIgnoreCase(PROMPT_FILE))
                    .stream()
                    .findFirst()
                    .orElse(null);
        } catch (IOException e) {
            return fallback;
        }
        if (file == null) {
            return fallback;
        }
        String place = name + "/" + file.getFileName() + ": ";
        try {
            if (Files.size(file) > MAX_PROMPT_FILE_BYTES) {
                found.note(LocalText.of("clipLibrary.promptFileLarge", MAX_PROMPT_FILE_BYTES >> 20)
                        .after(place));
                return fallback;
            }
            CharBuffer text = Utf8Text.decode(Files.readAllBytes(file), file.toString());
            String first = text.toString()
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty())
                    .findFirst()
                    .orElse(null);
            LocalText problem = first == null ? LocalText.of("clipLibrary.promptFileEmpty") : SafeText.problem(first);
            if (problem != null) {
                found.note(LocalText.of("clipLibrary.promptFileUnused", problem).after(place));
                return fallback;
            }
            return first;
        } catch (ProjectFileException e) {
            found.note(LocalText.of("clipLibrary.promptFileUnused", LocalText.of("file.notUtf8"))
                    .after(place));
            return fallback;
        } catch (IOException e) {
            found.note(LocalText.of("clipLibrary.promptFileUnused", LocalText.of("file.denied"))
                    .after(place));
            return fallback;
        }
    }

    /** The prompts and clips read so far, and the lines about them. */
    private static final class Collector {
        private final Project project;
        private final Map<String, BlindTestPrompt> prompts = new LinkedHashMap<>();
        private final Map<String, LocalText> promptPlaces = new HashMap<>();
        private final List<Found> found = new ArrayList<>();
        private final Map<String, LocalText> clipPlaces = new HashMap<>();
        private final Map<String, String> unknown = new LinkedHashMap<>();
        private final List<LocalText> skipped = new ArrayList<>();
        private final List<LocalText> notes = new ArrayList<>();
        private long moreSkipped;
        private long moreNotes;

        Collector(Project project) {
            this.project = project;
        }

        void skip(LocalText line) {
            if (skipped.size() < KEPT_LINES) {
                skipped.add(line);
            } else {
                moreSkipped++;
            }
        }

        void note(LocalText line) {
            if (notes.size() < KEPT_LINES) {
                notes.add(line);
            } else {
                moreNotes++;
            }
        }

        /** Adds a prompt whose id is free; returns what is wrong with it, or null. */
        LocalText addPrompt(String id, String text, LocalText place) {
            if (prompts.size() >= BlindTest.MAX_PROMPTS) {
                return LocalText.of("clipLibrary.tooManyPrompts", BlindTest.MAX_PROMPTS);
            }
            try {
                prompts.put(id, new BlindTestPrompt(id, text));
            } catch (InvalidValueException e) {
                return LocalText.of("csv.unsafeName", "prompt", e.explanation());
            }
            promptPlaces.put(id, place);
            return null;
        }

        /** Adds a clip of a prompt already added; returns what is wrong with it, or null. */
        LocalText addClip(String prompt, String productName, String file, LocalText place) {
            String product = productName.strip();
            if (product.isEmpty()) {
                return LocalText.of("csv.emptyName", "product");
            }
            if (product.length() > BattleImporter.MAX_NAME_LENGTH) {
                return LocalText.of("clipLibrary.longName", BattleImporter.MAX_NAME_LENGTH);
            }
            LocalText unsafe = SafeText.problem(product);
            if (unsafe != null) {
                return LocalText.of("csv.unsafeName", "product", unsafe);
            }
            try {
                new Clip(prompt, "product", file);
            } catch (InvalidValueException e) {
                return LocalText.of("csv.unsafeName", "file", e.explanation());
            }
            Optional<Product> match = BattleMerge.match(project, product);
            String lower = product.toLowerCase(Locale.ROOT);
            String key = prompt + '\0' + match.map(p -> "=" + p.id()).orElse("?" + lower);
            LocalText first = clipPlaces.get(key);
            if (first != null) {
                return LocalText.of("clipLibrary.clipTwice", product, prompt, first);
            }
            if (found.size() >= ClipLibrary.MAX_CLIPS) {
                return LocalText.of("clipLibrary.tooManyClips", ClipLibrary.MAX_CLIPS);
            }
            clipPlaces.put(key, place);
            found.add(new Found(prompt, product, file));
            if (match.isEmpty()) {
                unknown.putIfAbsent(lower, product);
            }
            return null;
        }

        Result result() {
            if (moreSkipped > 0) {
                skipped.add(LocalText.of("clipLibrary.moreSkipped", moreSkipped));
            }
            if (moreNotes > 0) {
                notes.add(LocalText.of("clipLibrary.moreNotes", moreNotes));
            }
            Set<String> used = new HashSet<>();
            found.forEach(clip -> used.add(clip.prompt()));
            List<BlindTestPrompt> withClips = prompts.values().stream()
                    .filter(prompt -> used.contains(prompt.id()))
                    .toList();
            Result partial =
                    new Result(withClips, found, ClipLibrary.EMPTY, List.copyOf(unknown.values()), skipped, notes);
            return new Result(withClips, found, partial.libraryFor(project), partial.unknownProducts(), skipped, notes);
        }
    }
}
