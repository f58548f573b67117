package dev.reelrank.model;

/** A prompt of a blind test: its id, which battles name, and the text the room reads. */
public record BlindTestPrompt(String id, String text) {
    public BlindTestPrompt {
        Checks.id("id", id);
        text = Checks.text("text", text);
    }
}
