package dev.reelrank.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A public leaderboard whose ratings a project can record. Each board keeps its own pool of
 * voters and models, so its scores compare only with its own: text-to-video and image-to-video
 * are separate boards even at the same arena.
 */
public enum Leaderboard {
    ARTIFICIAL_ANALYSIS_TEXT_TO_VIDEO("Artificial Analysis text-to-video", GenerationMode.TEXT_TO_VIDEO),
    ARTIFICIAL_ANALYSIS_IMAGE_TO_VIDEO("Artificial Analysis image-to-video", GenerationMode.IMAGE_TO_VIDEO),
    LMARENA_TEXT_TO_VIDEO("LMArena text-to-video", GenerationMode.TEXT_TO_VIDEO),
    LMARENA_IMAGE_TO_VIDEO("LMArena image-to-video", GenerationMode.IMAGE_TO_VIDEO);

    private final String displayName;
    private final GenerationMode mode;

    Leaderboard(String displayName, GenerationMode mode) {
        this.displayName = displayName;
        this.mode = mode;
    }

    /** The word files and the command line use, e.g. {@code lmarena-image-to-video}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The board's name in English, as the board itself words it. */
    public String displayName() {
        return displayName;
    }

    /** What the board's clips are generated from. */
    public GenerationMode mode() {
        return mode;
    }

    public static Optional<Leaderboard> ofId(String id) {
        return Arrays.stream(values()).filter(board -> board.id().equals(id)).findFirst();
    }
}
