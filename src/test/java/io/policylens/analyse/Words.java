package io.policylens.analyse;

import io.policylens.document.Span;
import io.policylens.text.Token;

import java.util.ArrayList;
import java.util.List;

/** Test helpers: a text's words as the segmenter would cut it, and a mention of a surface in a text. */
final class Words {

    private Words() {
    }

    /** The words of a text in order, each with a part-of-speech tag ("n" unless given as word/tag). */
    static List<Token> of(String text, String... words) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (String w : words) {
            String[] p = w.split("/");
            int b = text.indexOf(p[0], at);
            if (b < 0) {
                throw new IllegalArgumentException(p[0] + " is not in the text after " + at);
            }
            out.add(new Token(p[0], b, b + p[0].length(), p.length > 1 ? p[1] : "n"));
            at = b + p[0].length();
        }
        return out;
    }

    /** A mention of the first occurrence of a surface. */
    static Mention mention(String text, String surface, EntityType type) {
        return mention(text, surface, type, 0);
    }

    /** A mention of the occurrence of a surface at or after {@code from}. */
    static Mention mention(String text, String surface, EntityType type, int from) {
        int b = text.indexOf(surface, from);
        if (b < 0) {
            throw new IllegalArgumentException(surface + " is not in the text");
        }
        return new Mention(new Span(b, b + surface.length()), surface, type, surface);
    }
}
