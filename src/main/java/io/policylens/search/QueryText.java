package io.policylens.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The query syntax analysts type: words (each must occur), {@code "quoted phrases"} (must occur as written), and
 * {@code -word} or {@code -"phrase"} (must not occur). Every part is normalised as documents are (simplified,
 * half-width) before it reaches the index.
 *
 * @param required words and phrases that must occur
 * @param excluded words and phrases that must not
 */
public record QueryText(List<String> required, List<String> excluded) {

    /** The longest query accepted: longer ones are pasted text, not questions. */
    public static final int MAX_LENGTH = 500;

    public QueryText {
        required = List.copyOf(required);
        excluded = List.copyOf(excluded);
    }

    public boolean isEmpty() {
        return required.isEmpty() && excluded.isEmpty();
    }

    /**
     * @throws IllegalArgumentException for a query that cannot mean anything: an unclosed quote, a lone "-",
     *                                  only exclusions, more than {@link #MAX_LENGTH} characters
     */
    public static QueryText parse(String raw, UnaryOperator<String> normalise) {
        String q = raw == null ? "" : raw.strip();
        if (q.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("the query is longer than " + MAX_LENGTH + " characters");
        }
        // Chinese and full-width quotes are quotes too.
        q = q.replace('“', '"').replace('”', '"').replace('＂', '"').replace('－', '-');
        List<String> required = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        int i = 0;
        while (i < q.length()) {
            char c = q.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean not = c == '-';
            if (not) {
                i++;
                if (i >= q.length() || Character.isWhitespace(q.charAt(i))) {
                    throw new IllegalArgumentException("a '-' must be followed by the word or \"phrase\" to exclude");
                }
            }
            String part;
            if (q.charAt(i) == '"') {
                int close = q.indexOf('"', i + 1);
                if (close < 0) {
                    throw new IllegalArgumentException("unclosed quote at character " + (i + 1) + " of the query");
                }
                part = q.substring(i + 1, close).strip();
                i = close + 1;
            } else {
                int end = i;
                while (end < q.length() && !Character.isWhitespace(q.charAt(end)) && q.charAt(end) != '"') {
                    end++;
                }
                part = q.substring(i, end);
                i = end;
            }
            String n = normalise.apply(part).strip();
            if (!n.isEmpty()) {
                (not ? excluded : required).add(n);
            }
        }
        if (required.isEmpty() && !excluded.isEmpty()) {
            throw new IllegalArgumentException("a query of exclusions only matches nothing useful: add a word to find");
        }
        return new QueryText(required, excluded);
    }

    /** The required parts joined: what the segmented-word ranking clause and the title boost look at. */
    public String requiredText() {
        return String.join(" ", required);
    }
}
