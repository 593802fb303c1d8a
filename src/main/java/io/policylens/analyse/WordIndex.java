package io.policylens.analyse;

import io.policylens.text.Token;

import java.util.List;

/** Words found by offset with a binary search: the segmenter's words are in text order and do not overlap. */
final class WordIndex {

    private WordIndex() {
    }

    /** The index of the word that begins at {@code begin}, or -1. */
    static int at(List<Token> words, int begin) {
        int i = firstFrom(words, begin);
        return i < words.size() && words.get(i).begin() == begin ? i : -1;
    }

    /** The index of the first word that begins at or after {@code at} ({@code words.size()} where none does). */
    static int firstFrom(List<Token> words, int at) {
        int lo = 0;
        int hi = words.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (words.get(mid).begin() < at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The index of the word that ends at {@code end}, or -1. */
    static int endingAt(List<Token> words, int end) {
        int i = firstFrom(words, end) - 1; // the last word that begins before it
        return i >= 0 && words.get(i).end() == end ? i : -1;
    }

    /** The index of the word that holds the character at {@code at}, or -1 (a space between words). */
    static int holding(List<Token> words, int at) {
        int i = firstFrom(words, at + 1) - 1; // the last word that begins at or before it
        return i >= 0 && words.get(i).end() > at ? i : -1;
    }
}
