package io.policylens.text;

import java.util.List;
import java.util.Locale;

/**
 * Words joined by single spaces, Latin letters lower-cased: the form the index's whitespace-analysed fields take,
 * for documents and queries alike (the node has no lower-case filter to do it).
 */
public final class SegmentedText {

    private SegmentedText() {
    }

    public static String of(List<Token> tokens) {
        StringBuilder sb = new StringBuilder();
        for (Token t : tokens) {
            String w = t.text().strip();
            // A censored run (******) is a gap in the text, not a word anyone searches for.
            if (w.isEmpty() || w.chars().allMatch(c -> c == '*' || c == '＊')) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(w.replace(' ', '_').toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }
}
