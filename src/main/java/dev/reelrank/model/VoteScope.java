package dev.reelrank.model;

/**
 * Which head-to-head votes the grid, the heatmaps and the Bradley–Terry ratings show: the tallies
 * typed in or imported, or the votes of one blind test run in ReelRank, over all its prompts or
 * one of them.
 *
 * @param blindTest the blind test's id, or null for the typed and imported tallies
 * @param prompt    one prompt of that blind test, or null for all of them
 */
public record VoteScope(String blindTest, String prompt) {
    /** The tallies typed in or imported, which the grid edits. */
    public static final VoteScope TALLIES = new VoteScope(null, null);

    public VoteScope {
        if (blindTest != null) {
            Checks.id("blindTest", blindTest);
        }
        if (prompt != null) {
            Checks.id("prompt", prompt);
            if (blindTest == null) {
                throw new InvalidValueException("prompt", "value.promptWithoutTest");
            }
        }
    }

    /** Every vote of one blind test. */
    public static VoteScope blindTest(String id) {
        return new VoteScope(id, null);
    }

    /** Whether these are the votes of a blind test rather than typed or imported tallies. */
    public boolean fromBlindTest() {
        return blindTest != null;
    }
}
