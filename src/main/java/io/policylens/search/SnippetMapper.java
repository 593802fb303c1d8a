package io.policylens.search;

import io.policylens.document.Span;
import io.policylens.text.OffsetMap;

import java.util.ArrayList;
import java.util.List;

/**
 * Shows a highlighted passage of the simplified text in the document's original script: finds the passage in the
 * text, maps it and each highlight through the offset map, and marks the original there. Thread-safe.
 */
final class SnippetMapper {

    static final String PRE = "\uE000";
    static final String POST = "\uE001";

    private SnippetMapper() {
    }

    /**
     * @param fragment a passage of {@code text} with highlights between {@link #PRE} and {@link #POST}
     * @return the same passage of {@code original}, cut into hits and the text between them
     */
    static Snippet toOriginal(String fragment, String text, String original, OffsetMap map) {
        StringBuilder plain = new StringBuilder(fragment.length());
        List<Span> marks = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < fragment.length(); i++) {
            char c = fragment.charAt(i);
            if (c == PRE.charAt(0)) {
                open = plain.length();
            } else if (c == POST.charAt(0)) {
                if (open >= 0) {
                    addMerged(marks, new Span(open, plain.length()));
                }
                open = -1;
            } else {
                plain.append(c);
            }
        }
        int at = text.indexOf(plain.toString());
        if (at < 0) {
            // Not a verbatim passage (should not happen with the unified highlighter): show it unmarked.
            return new Snippet(List.of(new Snippet.Part(plain.toString(), false)));
        }
        Span whole = map.toOriginal(new Span(at, at + plain.length()));
        List<Snippet.Part> parts = new ArrayList<>();
        int cursor = whole.begin();
        for (Span m : marks) {
            Span o = map.toOriginal(new Span(at + m.begin(), at + m.end()));
            if (o.begin() < cursor) {
                continue;
            }
            if (o.begin() > cursor) {
                parts.add(new Snippet.Part(original.substring(cursor, o.begin()), false));
            }
            parts.add(new Snippet.Part(original.substring(o.begin(), o.end()), true));
            cursor = o.end();
        }
        if (whole.end() > cursor) {
            parts.add(new Snippet.Part(original.substring(cursor, whole.end()), false));
        }
        return new Snippet(parts);
    }

    /** Single-character highlights next to each other (创|新) read as one. */
    private static void addMerged(List<Span> marks, Span s) {
        if (!marks.isEmpty() && marks.get(marks.size() - 1).end() == s.begin()) {
            Span last = marks.remove(marks.size() - 1);
            marks.add(new Span(last.begin(), s.end()));
        } else {
            marks.add(s);
        }
    }
}
