package dev.reelrank.model.blindtest;

import dev.reelrank.model.Battle;
import dev.reelrank.model.InvalidValueException;
import dev.reelrank.model.VoteOutcome;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A show of hands as the presenter types it: "A 7 B 4 T 1", in any order, with X for "both bad".
 * Letters may be lower case and written against their counts ("a7 b4"); each letter at most once.
 */
public final class ShowOfHands {
    private static final Pattern PART = Pattern.compile("\\s*([ABTXabtx])\\s*(\\d{1,9})\\s*");

    private ShowOfHands() {}

    /**
     * The count of each outcome, only those above zero.
     *
     * @throws InvalidValueException with a sentence for the presenter when the text is not a show of hands
     */
    public static Map<VoteOutcome, Long> parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            throw new InvalidValueException("hands", "value.handsEmpty");
        }
        Map<VoteOutcome, Long> counts = new EnumMap<>(VoteOutcome.class);
        Matcher matcher = PART.matcher(text);
        int at = 0;
        long total = 0;
        while (at < text.length()) {
            if (!matcher.find(at) || matcher.start() != at) {
                // Quote what cannot be read, up to the next part that can ("A seven" of "A seven B 4").
                int readable = matcher.find(at + 1) ? matcher.start() : text.length();
                throw new InvalidValueException(
                        "hands",
                        "value.handsFormat",
                        text.substring(at, readable).strip());
            }
            VoteOutcome outcome = switch (matcher.group(1).toUpperCase(Locale.ROOT)) {
                case "A" -> VoteOutcome.A;
                case "B" -> VoteOutcome.B;
                case "T" -> VoteOutcome.TIE;
                default -> VoteOutcome.BOTH_BAD;
            };
            long count = Long.parseLong(matcher.group(2));
            if (counts.containsKey(outcome)) {
                throw new InvalidValueException(
                        "hands", "value.handsTwice", matcher.group(1).toUpperCase(Locale.ROOT));
            }
            counts.put(outcome, count);
            total += count;
            at = matcher.end();
        }
        counts.values().removeIf(count -> count == 0);
        if (total == 0) {
            throw new InvalidValueException("hands", "value.handsNone");
        }
        if (total > Battle.MAX_VOTERS) {
            throw new InvalidValueException("hands", "value.voters", Battle.MAX_VOTERS, total);
        }
        return Collections.unmodifiableMap(counts);
    }
}
