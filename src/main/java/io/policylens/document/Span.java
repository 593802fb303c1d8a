package io.policylens.document;

/** A half-open character range {@code [begin, end)} into a text. */
public record Span(int begin, int end) implements Comparable<Span> {

    public Span {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
        }
    }

    public int length() {
        return end - begin;
    }

    public String of(String text) {
        return text.substring(begin, end);
    }

    public boolean overlaps(Span other) {
        return begin < other.end && other.begin < end;
    }

    /** Whether {@code other} lies within this span (an equal span does). */
    public boolean contains(Span other) {
        return begin <= other.begin && other.end <= end;
    }

    @Override
    public int compareTo(Span o) {
        return begin != o.begin ? Integer.compare(begin, o.begin) : Integer.compare(o.end, end);
    }
}
