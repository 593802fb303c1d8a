package io.policylens.text;

import io.policylens.document.Span;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Maps character offsets between the normalised text and the original one, both ways.
 *
 * <p>Both texts are cut into aligned segments. Inside a segment whose two sides have the same length,
 * offsets map one to one; inside a segment whose lengths differ (a phrase converted to a longer or shorter
 * one, an annotation removed), a span maps to the whole segment, never to a part that would cut a character.
 * Adjacent one-to-one segments are merged, so a text converted character for character costs one segment.
 * Immutable and thread-safe.
 */
public final class OffsetMap {

    private final int[] textStart;
    private final int[] originalStart;
    private final boolean[] oneToOne;
    private final int textLength;
    private final int originalLength;

    private OffsetMap(int[] textStart, int[] originalStart, boolean[] oneToOne, int textLength, int originalLength) {
        this.textStart = textStart;
        this.originalStart = originalStart;
        this.oneToOne = oneToOne;
        this.textLength = textLength;
        this.originalLength = originalLength;
    }

    public static OffsetMap identity(int length) {
        return new Builder().same(length).build();
    }

    public int textLength() {
        return textLength;
    }

    public int originalLength() {
        return originalLength;
    }

    /** The span of the original text that shows the given span of the normalised text. */
    public Span toOriginal(Span span) {
        return map(span, textStart, originalStart, textLength, originalLength);
    }

    /** The span of the normalised text that the given span of the original text became. */
    public Span toText(Span span) {
        return map(span, originalStart, textStart, originalLength, textLength);
    }

    private Span map(Span span, int[] from, int[] to, int fromLength, int toLength) {
        if (span.end() > fromLength) {
            throw new IndexOutOfBoundsException("span " + span + " beyond length " + fromLength);
        }
        int b = mapOffset(span.begin(), from, to, fromLength, toLength, false);
        int e = mapOffset(span.end(), from, to, fromLength, toLength, true);
        return new Span(b, Math.max(b, e));
    }

    private int mapOffset(int offset, int[] from, int[] to, int fromLength, int toLength, boolean isEnd) {
        // An end offset on a boundary belongs to the segment before it.
        int key = isEnd && offset > 0 ? offset - 1 : offset;
        int i = Arrays.binarySearch(from, key);
        if (i < 0) {
            i = -i - 2;
        }
        if (i < 0) {
            return 0;
        }
        int segFromEnd = i + 1 < from.length ? from[i + 1] : fromLength;
        int segToEnd = i + 1 < to.length ? to[i + 1] : toLength;
        if (oneToOne[i]) {
            return Math.min(to[i] + (offset - from[i]), segToEnd);
        }
        if (offset == from[i] && !isEnd) {
            return to[i];
        }
        return isEnd || offset >= segFromEnd ? segToEnd : to[i];
    }

    /** The segments as {@code [textStart, originalStart, oneToOne ? 1 : 0]} triples, for storage beside a document. */
    public List<int[]> segments() {
        List<int[]> out = new ArrayList<>(textStart.length);
        for (int i = 0; i < textStart.length; i++) {
            out.add(new int[] {textStart[i], originalStart[i], oneToOne[i] ? 1 : 0});
        }
        return out;
    }

    /** Rebuilds a map stored with {@link #segments()}. */
    public static OffsetMap fromSegments(List<int[]> segments, int textLength, int originalLength) {
        int n = segments.size();
        int[] t = new int[n];
        int[] o = new int[n];
        boolean[] same = new boolean[n];
        for (int i = 0; i < n; i++) {
            int[] s = segments.get(i);
            t[i] = s[0];
            o[i] = s[1];
            same[i] = s[2] == 1;
        }
        return new OffsetMap(t, o, same, textLength, originalLength);
    }

    public boolean isIdentity() {
        return textStart.length <= 1 && (textStart.length == 0 || oneToOne[0]) && textLength == originalLength;
    }

    /** Builds a map by appending aligned pieces in order. Not thread-safe. */
    public static final class Builder {
        private final List<int[]> segs = new ArrayList<>();
        private int t;
        private int o;

        /** {@code length} characters that map one to one. */
        public Builder same(int length) {
            return append(length, length, true);
        }

        /** {@code textLength} normalised characters that stand for {@code originalLength} original ones. */
        public Builder replaced(int textLength, int originalLength) {
            return append(textLength, originalLength, textLength == originalLength);
        }

        private Builder append(int textLength, int originalLength, boolean oneToOne) {
            if (textLength == 0 && originalLength == 0) {
                return this;
            }
            int[] last = segs.isEmpty() ? null : segs.get(segs.size() - 1);
            boolean mergeable = last != null && last[2] == 1 && oneToOne;
            if (!mergeable) {
                segs.add(new int[] {t, o, oneToOne ? 1 : 0});
            }
            t += textLength;
            o += originalLength;
            return this;
        }

        public OffsetMap build() {
            if (segs.isEmpty()) {
                segs.add(new int[] {0, 0, 1});
            }
            return fromSegments(segs, t, o);
        }
    }
}
