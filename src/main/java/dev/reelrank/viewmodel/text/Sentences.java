package dev.reelrank.viewmodel.text;

import java.util.List;

/**
 * Sentences run together into one note: a space between them, except after Chinese punctuation, which
 * is full width and carries its own space ("…可比。评分…", not "…可比。 评分…").
 */
public final class Sentences {
    private Sentences() {}

    public static String join(List<String> sentences) {
        StringBuilder joined = new StringBuilder();
        for (String sentence : sentences) {
            if (sentence.isEmpty()) {
                continue;
            }
            if (!joined.isEmpty() && !endsFullWidth(joined)) {
                joined.append(' ');
            }
            joined.append(sentence);
        }
        return joined.toString();
    }

    private static boolean endsFullWidth(CharSequence text) {
        char last = text.charAt(text.length() - 1);
        // CJK punctuation (。、「」) and the full-width forms (，：；！？（）); an ellipsis after a Chinese word.
        return (last >= '\u3000' && last <= '\u303f')
                || (last >= '\uff00' && last <= '\uffef')
                || (last == '\u2026' && text.length() > 1 && isIdeograph(text.charAt(text.length() - 2)));
    }

    private static boolean isIdeograph(char c) {
        return c >= '\u4e00' && c <= '\u9fff';
    }
}
