package dev.reelrank.model;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The clips a blind test shows: the prompts, with the text the room reads, and each product's clip
 * for a prompt. A product without a clip for some prompt is simply never paired on that prompt.
 */
public record ClipLibrary(List<BlindTestPrompt> prompts, List<Clip> clips) {
    /** Clips one library may hold: 10,000 prompts for 100 products would be a million. */
    public static final int MAX_CLIPS = 100_000;

    public static final ClipLibrary EMPTY = new ClipLibrary(List.of(), List.of());

    public ClipLibrary {
        prompts = List.copyOf(Checks.present("prompts", prompts));
        clips = List.copyOf(Checks.present("clips", clips));
        if (prompts.size() > BlindTest.MAX_PROMPTS) {
            throw new InvalidValueException("prompts", "value.tooMany", BlindTest.MAX_PROMPTS, prompts.size());
        }
        if (clips.size() > MAX_CLIPS) {
            throw new InvalidValueException("clips", "value.tooMany", MAX_CLIPS, clips.size());
        }
        Checks.noDuplicates("prompts", prompts.stream().map(BlindTestPrompt::id).toList());
        Set<String> promptIds =
                new HashSet<>(prompts.stream().map(BlindTestPrompt::id).toList());
        Set<String> seen = new HashSet<>();
        for (Clip clip : clips) {
            if (!promptIds.contains(clip.prompt())) {
                throw new InvalidValueException("clips", "value.clipUnknownPrompt", clip.prompt());
            }
            if (!seen.add(clip.prompt() + '\0' + clip.product())) {
                throw new InvalidValueException("clips", "value.clipTwice", clip.product(), clip.prompt());
            }
        }
    }

    public boolean isEmpty() {
        return clips.isEmpty();
    }

    /** The clip {@code product} made from {@code prompt}, if the library has it. */
    public Optional<Clip> clip(String prompt, String product) {
        return clips.stream()
                .filter(c -> c.prompt().equals(prompt) && c.product().equals(product))
                .findFirst();
    }

    /** The products with at least one clip, in the order they first appear. */
    public List<String> products() {
        return clips.stream().map(Clip::product).distinct().toList();
    }
}
