package dev.reelrank.viewmodel.headtohead;

import dev.reelrank.model.VoteScope;

/** One entry of the "Votes" chooser: which votes, and how the chooser names them. */
public record VoteChoice(VoteScope scope, String label) {
    @Override
    public String toString() {
        return label;
    }
}
