package io.policylens.analyse;

import io.policylens.text.Token;

import java.text.Normalizer;
import java.util.List;

/**
 * The features the entity tagger reads at each character of one sentence, hashed to 64 bits: the characters
 * around it (a window of five), their pairs and triples, character classes and, when the segmenter's words are
 * given, where the character stands in its word, the word's kind, the word itself and the words on either side.
 * The tagger ({@link CharNerModel}) and its trainer read the same features from here. Immutable.
 *
 * <p>Each template was measured on the MSRA dev tail (README): the words themselves (templates 16–18) are worth
 * 0.9 points of F1 over their kinds and places alone; wider windows (±3 characters, four-character spans), word
 * pairs, dictionary matches and distances to a suffix word moved nothing, and the skip pair (c-1, c+1) and the
 * centred triple nothing either, so they are not here.
 */
public final class NerFeatures {

    /** Number of templates; {@link #features} fills this many keys. */
    public static final int TEMPLATES = 19;

    /** Templates that read one character or the character classes only: the tagger looks them up by table. */
    static final int BIAS = 0;
    static final int CLASSES = 10;
    static final int SHAPE = 14;
    static final int SHAPES = 15;

    /**
     * Groups of templates that read the same characters at different places: their keys share the low half (the
     * tagger's slot), so one character pair's four templates, met at four neighbouring positions, sit in one or two
     * cache lines and cost one trip to memory between them. Word templates group by word (16–18, each apart).
     */
    private static final int UNIGRAM = 100;
    private static final int BIGRAM = 101;
    private static final int TRIGRAM = 102;

    private final char[] c;
    private final byte[] kinds;
    private final byte[] shapes;
    private final long[] word;
    private final long[] wordBefore;
    private final long[] wordAfter;

    private NerFeatures(char[] c, byte[] shapes, long[] word, long[] wordBefore, long[] wordAfter) {
        this.c = c;
        this.shapes = shapes;
        this.word = word;
        this.wordBefore = wordBefore;
        this.wordAfter = wordAfter;
        this.kinds = new byte[c.length];
        for (int i = 0; i < c.length; i++) {
            kinds[i] = (byte) kind(c[i]);
        }
    }

    /**
     * The features of a sentence, given the segmenter's words (offsets into the sentence; empty for none: the
     * word templates are then absent).
     */
    public static NerFeatures of(String sentence, List<Token> words) {
        char[] c = normalise(sentence);
        int n = c.length;
        if (words.isEmpty()) {
            return new NerFeatures(c, null, null, null, null);
        }
        long[] word = new long[n];
        long[] before = new long[n];
        long[] after = new long[n];
        long[] ids = new long[words.size() + 2];
        ids[0] = 2; // the sentence's start
        ids[ids.length - 1] = 3; // its end
        for (int k = 0; k < words.size(); k++) {
            ids[k + 1] = textHash(c, words.get(k).begin(), words.get(k).end());
        }
        for (int k = 0; k < words.size(); k++) {
            Token w = words.get(k);
            for (int i = Math.max(0, w.begin()); i < Math.min(n, w.end()); i++) {
                word[i] = ids[k + 1];
                before[i] = ids[k];
                after[i] = ids[k + 2];
            }
        }
        return new NerFeatures(c, wordShapes(n, words), word, before, after);
    }

    public int length() {
        return c.length;
    }

    /** The normalised character at {@code i}, or the sentence's start and end marks outside it. */
    char at(int i) {
        return i < 0 ? '\u0002' : i >= c.length ? '\u0003' : c[i];
    }

    /** The classes of the characters before, at and after {@code i}, as one number below {@link #CLASS_KEYS}. */
    int classesAt(int i) {
        int before = i > 0 ? kinds[i - 1] : 1;
        int after = i + 1 < c.length ? kinds[i + 1] : 1;
        return (before * 8 + kinds[i]) * 8 + after;
    }

    static final int CLASS_KEYS = 8 * 8 * 8;

    /**
     * The hashed features of character {@code i} in {@code out} ({@link #TEMPLATES} keys, by template); 0 for a
     * template that does not apply (the word templates of a sentence without words).
     */
    public void features(int i, long[] out) {
        out[BIAS] = unigram(BIAS, '\u0001');
        out[1] = unigram(1, c[i]);
        out[2] = unigram(2, at(i - 1));
        out[3] = unigram(3, at(i + 1));
        out[4] = unigram(4, at(i - 2));
        out[5] = unigram(5, at(i + 2));
        out[CLASSES] = classes(classesAt(i));
        if (shapes != null) {
            out[SHAPE] = shape(shapes[i]);
            out[SHAPES] = shapes(shapeAt(i - 1), shapes[i], shapeAt(i + 1));
        }
        hashed(i, out);
    }

    /**
     * The keys of the templates the tagger must hash and look up (pairs, triples and words: 6–9, 11–13, 16–18) in
     * {@code out}, by template; the others are left as they are (the tagger reads them from tables by
     * {@link #at}, {@link #classesAt} and {@link #shapesAt}).
     */
    void hashed(int i, long[] out) {
        char m2 = at(i - 2);
        char m1 = at(i - 1);
        char c0 = c[i];
        char p1 = at(i + 1);
        char p2 = at(i + 2);
        out[6] = key(6, BIGRAM, m1, c0);
        out[7] = key(7, BIGRAM, c0, p1);
        out[8] = key(8, BIGRAM, m2, m1);
        out[9] = key(9, BIGRAM, p1, p2);
        out[11] = key(11, TRIGRAM, m2, (long) m1 << 16 | c0);
        out[12] = key(12, TRIGRAM, c0, (long) p1 << 16 | p2);
        if (shapes == null) {
            for (int t = 13; t < TEMPLATES; t++) {
                out[t] = 0;
            }
            return;
        }
        int s = shapes[i];
        int place = s >> 3;
        out[13] = key(13, 13, c0, s);
        out[16] = key(16, 16, word[i], place);
        out[17] = key(17, 17, wordBefore[i], place);
        out[18] = key(18, 18, wordAfter[i], place);
    }

    /** The key of the shape template for a character's shape ({@link #wordShapes}, below 64). */
    static long shape(int s) {
        return key(SHAPE, SHAPE, s, 1);
    }

    /** The key of the template of the shapes before, at and after a character (each below 64). */
    static long shapes(int before, int s, int after) {
        return key(SHAPES, SHAPES, (long) before << 8 | s, after);
    }

    /** The shape of character {@code i} (below 64), or -1 in a sentence without words. */
    int shapeOf(int i) {
        return shapes == null ? -1 : shapes[i];
    }

    /** The shapes before, at and after character {@code i} as one number below 64³ (63 outside the sentence). */
    int shapesAt(int i) {
        return (shapeAt(i - 1) * 64 + shapes[i]) * 64 + shapeAt(i + 1);
    }

    /** The key of a one-character template (1–5) for character {@code ch}, or of the bias. */
    static long unigram(int template, char ch) {
        return key(template, template == BIAS ? BIAS : UNIGRAM, ch, 1);
    }

    /** The key of the character-class template for {@link #classesAt}'s number. */
    static long classes(int classes) {
        return key(CLASSES, CLASSES, classes, 1);
    }

    private int shapeAt(int i) {
        return i < 0 || i >= shapes.length ? 63 : shapes[i];
    }

    /** NFKC, digits as 0 and Latin letters as a: names are told by Chinese characters, not by which digit. */
    public static char[] normalise(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < text.length(); i++) {
            int c = plainNfkc(text.charAt(i));
            if (c < 0) {
                return normaliseRare(text);
            }
            out[i] = folded((char) c);
        }
        return out;
    }

    /**
     * The NFKC form of a character that NFKC maps alone, to one character, and that composes with none around it
     * (ASCII, the common Chinese characters and punctuation, full-width forms); -1 for any other. Nearly every
     * sentence is made of these alone, and is then normalised without the library's work.
     */
    static int plainNfkc(char c) {
        if (c < 0x7F && c >= 0x20 || c >= 0x4E00 && c <= 0x9FFF || c >= 0x3001 && c <= 0x3003
            || c >= 0x3008 && c <= 0x3011 || c >= 0x2018 && c <= 0x201D) {
            return c;
        }
        if (c >= 0xFF01 && c <= 0xFF5E) {
            return c - 0xFEE0; // full-width ASCII
        }
        return c == 0x3000 ? ' ' : -1;
    }

    private static char[] normaliseRare(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC);
        char[] out = new char[text.length()];
        for (int i = 0; i < text.length(); i++) {
            // NFKC may change lengths (rare ligatures): the characters are then kept as written.
            out[i] = folded(t.length() == text.length() ? t.charAt(i) : text.charAt(i));
        }
        return out;
    }

    private static char folded(char c) {
        if (c >= '0' && c <= '9') {
            return '0';
        }
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ? 'a' : c;
    }

    /**
     * Where each character of a text stands in the segmenter's word that holds it (alone, first, inside, last) and
     * what kind of word that is ({@link #wordKind}), in one byte; 0 where no word holds it (spaces).
     */
    public static byte[] wordShapes(int length, List<Token> words) {
        byte[] out = new byte[length];
        for (Token w : words) {
            int kind = wordKind(w.tag());
            int b = Math.max(0, w.begin());
            int e = Math.min(length, w.end());
            for (int i = b; i < e; i++) {
                int position = w.end() - w.begin() == 1 ? 1 : i == w.begin() ? 2 : i == w.end() - 1 ? 4 : 3;
                out[i] = (byte) (position * 8 + kind);
            }
        }
        return out;
    }

    /**
     * A word's part of speech as the tagger can use it: a person's, a place's or an organisation's name the
     * dictionary knows, another proper noun, a body's suffix word (局, 委员会: nis, nnt), another noun, a number,
     * measure or punctuation, anything else.
     */
    static int wordKind(String tag) {
        if (tag.startsWith("nr")) {
            return 1;
        }
        if (tag.startsWith("ns")) {
            return 2;
        }
        if (tag.startsWith("nt")) {
            return 3;
        }
        if (tag.equals("nz")) {
            return 4;
        }
        if (tag.startsWith("ni") || tag.startsWith("nn")) {
            return 5;
        }
        if (tag.startsWith("n")) {
            return 6;
        }
        if (tag.equals("w") || tag.startsWith("m") || tag.equals("q")) {
            return 7;
        }
        return 0;
    }

    private static int kind(char c) {
        if (c == '0') {
            return 2;
        }
        if (c == 'a') {
            return 3;
        }
        if (c >= 0x4E00 && c <= 0x9FFF || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
            return 4;
        }
        return Character.isDigit(c) ? 2 : 5;
    }

    /** FNV-1a over a word's normalised characters (clipped to the sentence). */
    private static long textHash(char[] c, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int i = Math.max(0, from); i < Math.min(c.length, to); i++) {
            h ^= c[i];
            h *= 0x100000001b3L;
        }
        return h == 0 ? 1 : h;
    }

    /**
     * A template's key for two values: the high half mixes the template and both values, the low half (where the
     * tagger's table puts it) mixes the template's group and the values the group shares: both for characters,
     * only the word for word templates (its place in the word apart). Never 0, which marks an absent feature.
     */
    static long key(int template, int group, long a, long b) {
        long high = mix(template, a, b);
        long low = group >= 16 && group <= 18 ? mix(group, a, 0) : mix(group, a, group == UNIGRAM ? 0 : b);
        long k = high << 32 | low & 0xFFFFFFFFL;
        return k == 0 ? 1 : k;
    }

    private static long mix(long template, long a, long b) {
        long h = template * 0x9E3779B97F4A7C15L ^ a * 0xC2B2AE3D27D4EB4FL;
        h ^= h >>> 29;
        h = (h + b) * 0x165667B19E3779F9L;
        h ^= h >>> 31;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 29;
        return h;
    }
}
