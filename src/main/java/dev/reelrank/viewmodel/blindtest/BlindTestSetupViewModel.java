package dev.reelrank.viewmodel.blindtest;

import dev.reelrank.model.BlindTest;
import dev.reelrank.model.BlindTestPrompt;
import dev.reelrank.model.Clip;
import dev.reelrank.model.ClipLibrary;
import dev.reelrank.model.Project;
import dev.reelrank.model.blindtest.BlindTestProgress;
import dev.reelrank.model.blindtest.BlindTestSchedule;
import dev.reelrank.viewmodel.media.ClipLines;
import dev.reelrank.viewmodel.port.BackgroundWork;
import dev.reelrank.viewmodel.port.ClipLibraries;
import dev.reelrank.viewmodel.port.ClipProbe;
import dev.reelrank.viewmodel.session.ProjectSession;
import dev.reelrank.viewmodel.text.BlindTestNames;
import dev.reelrank.viewmodel.text.Numbers;
import dev.reelrank.viewmodel.text.Texts;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Getting a blind test ready: every clip of the project's library is checked with the media player
 * (off the FX thread, with progress and cancel), a clip that cannot play is left out with one line,
 * the presenter picks the products and a seed, and the plan says how many pairs the room will see.
 * Unfinished blind tests of the project are offered to resume.
 */
public final class BlindTestSetupViewModel {
    /** A product the library has clips of, and whether the blind test compares it. */
    public record ProductChoice(String id, String name, BooleanProperty chosen) {}

    /**
     * A blind test of the project not yet voted to its end, with what stops it from resuming, if anything.
     *
     * @param missing why it cannot resume (its clips are not in the library now), or empty
     */
    public record Unfinished(String id, String label, String missing) {
        public boolean resumable() {
            return missing.isEmpty();
        }
    }

    private final ProjectSession session;
    private final Texts texts;
    private final BackgroundWork background;
    private final ClipProbe probe;
    private final ClipLibraries libraries;
    private final ReadOnlyObjectWrapper<List<String>> unknownProducts = new ReadOnlyObjectWrapper<>(List.of());
    private ClipLibraries.Read pending;
    private final BlindTestViewModel run;
    private final Supplier<Instant> clock;
    private final Numbers numbers;
    private final ClipLines clipLines;
    private final ObservableList<String> lines = FXCollections.observableArrayList();
    private final ObservableList<ProductChoice> products = FXCollections.observableArrayList();
    private final ObservableList<Unfinished> unfinished = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper plan = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasLibrary = new ReadOnlyBooleanWrapper();
    private final StringProperty seed = new SimpleStringProperty();
    private final Set<Clip> playable = new java.util.HashSet<>();
    private AtomicBoolean stop = new AtomicBoolean();
    private BackgroundWork.Handle work = BackgroundWork.Handle.DONE;

    public BlindTestSetupViewModel(
            ProjectSession session,
            Texts texts,
            BackgroundWork background,
            ClipProbe probe,
            ClipLibraries libraries,
            BlindTestViewModel run,
            Supplier<Instant> clock,
            LongSupplier seeds) {
        this.session = session;
        this.texts = texts;
        this.background = background;
        this.probe = probe;
        this.libraries = libraries;
        this.run = run;
        this.clock = clock;
        this.numbers = new Numbers(texts.locale());
        this.clipLines = new ClipLines(texts);
        seed.set(Long.toString(Math.abs(seeds.getAsLong() % 1_000_000L)));
        seed.addListener((obs, old, now) -> replan());
        // Another clip folder read meanwhile may have taken an unfinished test's clips away.
        session.projectProperty().addListener((obs, old, now) -> {
            if (old == null || !old.clipLibrary().equals(now.clipLibrary())) {
                refreshUnfinished();
            }
        });
        refreshUnfinished();
        replan();
    }

    /** Checks every clip of the library; the plan follows when all are checked. */
    public void check() {
        cancel();
        ClipLibrary library = session.project().clipLibrary();
        List<Clip> clips = library.clips();
        hasLibrary.set(!clips.isEmpty());
        lines.clear();
        playable.clear();
        products.clear();
        if (clips.isEmpty()) {
            lines.add(texts.get("blindSetup.noLibrary"));
            replan();
            return;
        }
        AtomicBoolean stopped = new AtomicBoolean();
        stop = stopped;
        checking.set(true);
        progress.set(0);
        work = background.run(
                () -> {
                    Map<Clip, ClipProbe.Result> results = new LinkedHashMap<>();
                    for (Clip clip : clips) {
                        if (stopped.get() || Thread.currentThread().isInterrupted()) {
                            throw new java.util.concurrent.CancellationException();
                        }
                        results.put(clip, probe.probe(Path.of(clip.file())));
                        double done = (double) results.size() / clips.size();
                        background.onUi(() -> progress.set(done));
                    }
                    return results;
                },
                results -> {
                    checking.set(false);
                    results.forEach((clip, result) -> {
                        lines.add(clipLines.line(clip.prompt() + "/" + fileName(clip), result));
                        if (result instanceof ClipProbe.Playable) {
                            playable.add(clip);
                        }
                    });
                    offerProducts(library);
                    replan();
                },
                failure -> {
                    checking.set(false);
                    if (!stopped.get()) {
                        lines.add(texts.format("blindSetup.checkFailed", texts.failure(failure)));
                    }
                    replan();
                });
    }

    /**
     * Reads a clip folder or manifest CSV in the background. Products it names that the project does
     * not hold are offered ({@link #unknownProductsProperty()}), and {@link #addUnknown} settles them;
     * otherwise the library replaces the project's at once (an undoable edit) and its clips are checked.
     */
    public void readLibrary(Path source) {
        cancel();
        pending = null;
        unknownProducts.set(List.of());
        lines.setAll(texts.format("blindSetup.reading", source.toString()));
        checking.set(true);
        progress.set(-1);
        replan();
        work = background.run(
                () -> libraries.read(source, session.project(), session.today()),
                read -> {
                    checking.set(false);
                    lines.clear();
                    read.skipped().forEach(line -> lines.add(texts.text(line)));
                    read.notes().forEach(line -> lines.add(texts.text(line)));
                    if (read.unknownProducts().isEmpty()) {
                        use(read.withKnown(), source);
                    } else {
                        pending = read;
                        unknownProducts.set(read.unknownProducts());
                    }
                },
                failure -> {
                    checking.set(false);
                    lines.setAll(texts.format("blindSetup.readFailed", texts.failure(failure)));
                    replan();
                });
    }

    /** Settles the products the library named and the project lacks: added as products, or their clips left out. */
    public void addUnknown(boolean add, Path source) {
        ClipLibraries.Read read = pending;
        pending = null;
        unknownProducts.set(List.of());
        if (read != null) {
            use(add ? read.withUnknown() : read.withKnown(), source);
        }
    }

    private void use(java.util.function.UnaryOperator<Project> withLibrary, Path source) {
        Path name = source.getFileName();
        String refused = session.apply(
                        texts.format("edit.clipLibrary", name == null ? source.toString() : name.toString()),
                        withLibrary)
                .error();
        if (refused != null) {
            lines.add(refused);
            replan();
            return;
        }
        List<String> kept = List.copyOf(lines);
        check();
        // The lines about what the folder or manifest left out stay above the clips' own.
        lines.addAll(0, kept);
    }

    /** Products a library just read names and the project does not hold; empty when none wait for an answer. */
    public ReadOnlyObjectProperty<List<String>> unknownProductsProperty() {
        return unknownProducts.getReadOnlyProperty();
    }

    /** Stops a check under way; what was checked is dropped. */
    public void cancel() {
        stop.set(true);
        work.cancel();
        checking.set(false);
    }

    private static String fileName(Clip clip) {
        Path name = Path.of(clip.file()).getFileName();
        return name == null ? clip.file() : name.toString();
    }

    private void offerProducts(ClipLibrary library) {
        Project project = session.project();
        for (String id : library.products()) {
            if (playable.stream().anyMatch(clip -> clip.product().equals(id))) {
                String name = project.product(id).map(texts::productName).orElse(id);
                BooleanProperty chosen =
                        new SimpleBooleanProperty(project.product(id).isPresent());
                chosen.addListener((obs, was, is) -> replan());
                products.add(new ProductChoice(id, name, chosen));
            }
        }
    }

    /** The chosen products, and the prompts every one of them has a playable clip for. */
    private record Choice(List<String> products, List<BlindTestPrompt> prompts, List<String> leftOut) {}

    private Choice choice() {
        Project project = session.project();
        List<String> chosen = products.stream()
                .filter(p -> p.chosen().get() && project.product(p.id()).isPresent())
                .map(ProductChoice::id)
                .toList();
        Map<String, Set<String>> byPrompt = new HashMap<>();
        for (Clip clip : playable) {
            byPrompt.computeIfAbsent(clip.prompt(), k -> new java.util.HashSet<>())
                    .add(clip.product());
        }
        List<BlindTestPrompt> prompts = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        for (BlindTestPrompt prompt : project.clipLibrary().prompts()) {
            Set<String> have = byPrompt.getOrDefault(prompt.id(), Set.of());
            List<String> missing =
                    chosen.stream().filter(id -> !have.contains(id)).toList();
            if (missing.isEmpty()) {
                prompts.add(prompt);
            } else if (!chosen.isEmpty()) {
                leftOut.add(texts.format(
                        "blindSetup.promptLeftOut",
                        prompt.id(),
                        missing.stream()
                                .map(id -> project.product(id)
                                        .map(texts::productName)
                                        .orElse(id))
                                .collect(Collectors.joining(", "))));
            }
        }
        return new Choice(chosen, prompts, leftOut);
    }

    private void replan() {
        if (checking.get()) {
            ready.set(false);
            plan.set(texts.get("blindSetup.checking"));
            return;
        }
        Choice choice = choice();
        Long chosenSeed = parsedSeed();
        StringBuilder text = new StringBuilder();
        boolean ok = choice.products().size() >= 2 && !choice.prompts().isEmpty() && chosenSeed != null;
        if (ok) {
            int n = choice.products().size();
            int pairs = BlindTestSchedule.defaultLength(n, choice.prompts().size());
            int productPairs = n * (n - 1) / 2;
            text.append(texts.format(
                    pairs % productPairs == 0 ? "blindSetup.plan" : "blindSetup.planAbout",
                    n,
                    choice.prompts().size(),
                    pairs,
                    Math.round((double) pairs / productPairs),
                    Long.toString(chosenSeed)));
        } else if (chosenSeed == null) {
            text.append(texts.get("blindSetup.badSeed"));
        } else if (choice.products().size() < 2) {
            text.append(texts.get("blindSetup.needTwo"));
        } else {
            text.append(texts.get("blindSetup.noPrompt"));
        }
        for (String line : choice.leftOut()) {
            text.append('\n').append(line);
        }
        ready.set(ok);
        plan.set(text.toString());
    }

    private Long parsedSeed() {
        String typed = seed.get() == null ? "" : seed.get().strip();
        if (!typed.matches("\\d{1,18}")) {
            return null;
        }
        return Long.parseLong(typed);
    }

    /**
     * Makes the blind test from the choice and starts it.
     *
     * @return why it cannot start, or null once it has
     */
    public String start() {
        if (!ready.get()) {
            return plan.get().lines().findFirst().orElse("");
        }
        Choice choice = choice();
        Instant now = clock.get();
        String id = freshId(now);
        BlindTest test = new BlindTest(id, now, parsedSeed(), choice.products(), choice.prompts());
        run.begin(test);
        refreshUnfinished();
        return run.problemProperty().get().isEmpty()
                ? null
                : run.problemProperty().get();
    }

    /** Resumes a blind test of the project at its next pair. */
    public void resume(String id) {
        if (unfinished.stream().anyMatch(test -> test.id().equals(id) && test.resumable())) {
            session.project().blindTest(id).ifPresent(run::begin);
        }
    }

    private String freshId(Instant now) {
        String base = "blind-"
                + DateTimeFormatter.ofPattern("yyyyMMdd-HHmm", Locale.ROOT)
                        .withZone(ZoneOffset.UTC)
                        .format(now);
        String id = base;
        for (int n = 2; session.project().blindTest(id).isPresent(); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private void refreshUnfinished() {
        Project project = session.project();
        List<Unfinished> open = new ArrayList<>();
        for (BlindTest test : project.blindTests()) {
            BlindTestProgress at = BlindTestProgress.of(test, project.battles());
            if (at.next().isPresent()) {
                // A test whose clips are all gone would show "no clip" on both sides and still take votes.
                boolean anyClip = test.prompts().stream()
                        .anyMatch(prompt -> test.products().stream()
                                .anyMatch(product -> project.clipLibrary()
                                        .clip(prompt.id(), product)
                                        .isPresent()));
                open.add(new Unfinished(
                        test.id(),
                        texts.format(
                                "blindSetup.unfinished",
                                BlindTestNames.of(test, project, texts),
                                numbers.count(at.done()),
                                numbers.count(at.length())),
                        anyClip ? "" : texts.get("blindSetup.clipsGone")));
            }
        }
        unfinished.setAll(open);
    }

    /**
     * Where the folder and manifest choosers start: the folder of the project's clip library (the
     * folder above a clip's prompt folder), else the project file's folder; empty for neither. The
     * chooser otherwise opens on GTK's "Recent", where a typed path did nothing in a user trial.
     */
    public Optional<Path> startFolder() {
        List<Clip> clips = session.project().clipLibrary().clips();
        if (!clips.isEmpty()) {
            Path promptFolder =
                    Path.of(clips.getFirst().file()).toAbsolutePath().getParent();
            if (promptFolder != null && promptFolder.getParent() != null) {
                return Optional.of(promptFolder.getParent());
            }
        }
        return Optional.ofNullable(session.fileProperty().get())
                .map(file -> file.toAbsolutePath().getParent());
    }

    /** One line per clip checked: its length, size and frame rate, or why it is left out. */
    public ObservableList<String> lines() {
        return lines;
    }

    public ObservableList<ProductChoice> products() {
        return products;
    }

    public ObservableList<Unfinished> unfinished() {
        return unfinished;
    }

    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    /** Share of the clips checked, 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the room will see, or why the test cannot start, then the prompts left out. */
    public ReadOnlyStringProperty planProperty() {
        return plan.getReadOnlyProperty();
    }

    /** Whether the project has clips to check. */
    public ReadOnlyBooleanProperty hasLibraryProperty() {
        return hasLibrary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** The schedule's seed, shown and saved so the order of pairs can be replayed. */
    public StringProperty seedProperty() {
        return seed;
    }
}
