package io.policylens.analyse;


import io.policylens.document.Span;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A character-level named-entity tagger: BIO labels over persons, places and organisations from a linear model
 * (averaged perceptron, trained by {@code CharNerTrainer}) over a window of characters and, when the segmenter's
 * words are given, each character's place in its word and the word's kind; decoded with Viterbi under the BIO
 * constraints. Features are hashed to 64 bits, so the model keeps no strings. Immutable and
 * thread-safe.
 */
public final class CharNerModel {

    public static final String[] LABELS = {"O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG"};
    public static final int L = LABELS.length;
    public static final int TEMPLATES = 17;
    private static final int MAGIC = 0x504c4e31; // "PLN1"

    /**
     * Open-addressing table, one slot of {@link #STRIDE} ints per feature: the 64-bit key (low, high), then the
     * bits of its L weights. Key and weights side by side cost one trip to memory per feature instead of two;
     * with 14 features per character looked up in a table of tens of megabytes, those trips are the tagger's time.
     */
    private static final int STRIDE = 2 + L;
    private final int[] table;
    private final float[] transitions;
    private final int mask;

    /**
     * Where the weights of the features that depend on one character only begin in {@link #table} (or -1), by
     * template (1–5) and character, and of the bias and character-class features: half the features of a
     * position are then an array read instead of a hash and a probe. Built once, 1.5 MB.
     */
    private final int[] unigrams;
    private final int[] classes;
    private final int bias;

    private CharNerModel(int[] table, float[] transitions) {
        this.table = table;
        this.transitions = transitions;
        this.mask = table.length / STRIDE - 1;
        this.unigrams = new int[6 << 16];
        for (int t = 1; t <= 5; t++) {
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                unigrams[t << 16 | c] = find(hash(t, (char) c, '\u0001'));
            }
        }
        this.classes = new int[6 * 16 * 8];
        for (int left = 0; left < 6; left++) {
            for (int mid = 0; mid < 6; mid++) {
                for (int right = 0; right < 6; right++) {
                    classes[(left * 16 + mid) * 8 + right] = find(hash(11, (char) (left * 16 + mid), (char) right));
                }
            }
        }
        this.bias = find(hash(0, '\u0001', '\u0001'));
    }

    /** The entity mentions of a text (normalised, simplified), with offsets into it, without its words. */
    public List<Mention> tag(String text) {
        return tag(text, List.of());
    }

    /**
     * The entity mentions of a text (normalised, simplified) whose words the segmenter has cut: where each character
     * stands in its word, and the word's kind, are features too (templates 14–16).
     */
    public List<Mention> tag(String text, List<io.policylens.text.Token> words) {
        byte[] shapes = words.isEmpty() ? null : wordShapes(text.length(), words);
        List<Mention> out = new ArrayList<>();
        int start = 0;
        // Sentences and lines are tagged apart: names do not cross them, and Viterbi stays short.
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || "\n。！？；".indexOf(text.charAt(i)) >= 0) {
                if (i > start) {
                    tagSpan(text, start, i, shapes == null ? null : java.util.Arrays.copyOfRange(shapes, start, i), out);
                }
                start = i + 1;
            }
        }
        return out;
    }

    private void tagSpan(String text, int from, int to, byte[] shapes, List<Mention> out) {
        char[] chars = normalise(text.substring(from, to));
        int[] labels = decode(scores(chars, shapes));
        for (String e : BioLabels.entities(labelNames(labels))) {
            String[] p = e.split(":");
            int b = from + Integer.parseInt(p[1]);
            int end = from + Integer.parseInt(p[2]);
            String surface = text.substring(b, end);
            if (surface.codePointCount(0, surface.length()) >= 2) {
                out.add(new Mention(new Span(b, end), surface, EntityType.valueOf(p[0]), surface));
            }
        }
    }

    /** The BIO label of every character of a sentence, as training data writes them, given its words (or none). */
    public List<String> labels(String sentence, List<io.policylens.text.Token> words) {
        return labelNames(decode(scores(normalise(sentence), words.isEmpty() ? null : wordShapes(sentence.length(), words))));
    }

    /**
     * Where each character of a text stands in the segmenter's word that holds it (alone, first, inside, last) and
     * what kind of word that is ({@link #wordKind}), in one byte; 0 where no word holds it (spaces).
     */
    public static byte[] wordShapes(int length, List<io.policylens.text.Token> words) {
        byte[] out = new byte[length];
        for (io.policylens.text.Token w : words) {
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

    public static List<String> labelNames(int[] labels) {
        List<String> names = new ArrayList<>(labels.length);
        for (int l : labels) {
            names.add(LABELS[l]);
        }
        return names;
    }

    public float[][] scores(char[] chars) {
        return scores(chars, null);
    }

    /** Label scores of every character; {@code shapes} from {@link #wordShapes}, or null without words. */
    public float[][] scores(char[] chars, byte[] shapes) {
        float[][] s = new float[chars.length][L];
        int[] at = new int[TEMPLATES];
        byte[] kinds = kinds(chars);
        for (int i = 0; i < chars.length; i++) {
            char m2 = at(chars, i - 2);
            char m1 = at(chars, i - 1);
            char c0 = chars[i];
            char p1 = at(chars, i + 1);
            char p2 = at(chars, i + 2);
            // The templates of features(), in the same order, so the sums are the same to the last bit.
            at[0] = bias;
            at[1] = unigrams[1 << 16 | c0];
            at[2] = unigrams[2 << 16 | m1];
            at[3] = unigrams[3 << 16 | p1];
            at[4] = unigrams[4 << 16 | m2];
            at[5] = unigrams[5 << 16 | p2];
            at[6] = find(hash(6, m1, c0));
            at[7] = find(hash(7, c0, p1));
            at[8] = find(hash(8, m1, p1));
            at[9] = find(hash(9, m2, m1));
            at[10] = find(hash(10, p1, p2));
            at[11] = classes[((i > 0 ? kinds[i - 1] : 1) * 16 + kinds[i]) * 8 + (i + 1 < chars.length ? kinds[i + 1] : 1)];
            at[12] = find(hash(12, m2, (char) (m1 * 31 + c0)));
            at[13] = find(hash(13, c0, (char) (p1 * 31 + p2)));
            if (shapes == null) {
                at[14] = -1;
                at[15] = -1;
                at[16] = -1;
            } else {
                at[14] = find(hash(14, c0, (char) shapes[i]));
                at[15] = find(hash(15, (char) shapes[i], '\u0001'));
                at[16] = find(hash(16, (char) (shapeAt(shapes, i - 1) * 64 + shapes[i]), (char) shapeAt(shapes, i + 1)));
            }
            float[] si = s[i];
            for (int a : at) {
                if (a >= 0) {
                    for (int y = 0; y < L; y++) {
                        si[y] += Float.intBitsToFloat(table[a + y]);
                    }
                }
            }
        }
        return s;
    }

    public int[] decode(float[][] emissions) {
        return viterbi(emissions, transitions);
    }

    public static int[] viterbi(float[][] em, float[] trans) {
        int n = em.length;
        int[] out = new int[n];
        if (n == 0) {
            return out;
        }
        float[][] best = new float[n][L];
        int[][] back = new int[n][L];
        // A forbidden transition scores minus infinity, so the inner loop needs no test: -inf never wins.
        float[] allowedTrans = new float[L * L];
        for (int p = 0; p < L; p++) {
            for (int y = 0; y < L; y++) {
                allowedTrans[p * L + y] = allowed(p, y) ? trans[p * L + y] : Float.NEGATIVE_INFINITY;
            }
        }
        for (int y = 0; y < L; y++) {
            best[0][y] = allowed(-1, y) ? em[0][y] : Float.NEGATIVE_INFINITY;
        }
        for (int i = 1; i < n; i++) {
            float[] prev = best[i - 1];
            float[] cur = best[i];
            float[] e = em[i];
            int[] bk = back[i];
            for (int y = 0; y < L; y++) {
                float b = Float.NEGATIVE_INFINITY;
                int arg = 0;
                for (int p = 0; p < L; p++) {
                    float v = prev[p] + allowedTrans[p * L + y];
                    if (v > b) {
                        b = v;
                        arg = p;
                    }
                }
                cur[y] = b + e[y];
                bk[y] = arg;
            }
        }
        int y = 0;
        for (int k = 1; k < L; k++) {
            if (best[n - 1][k] > best[n - 1][y]) {
                y = k;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            out[i] = y;
            y = back[i][y];
        }
        return out;
    }

    /** I-X only after B-X or I-X. */
    static boolean allowed(int prev, int y) {
        if (y == 2 || y == 4 || y == 6) {
            return prev == y - 1 || prev == y;
        }
        return true;
    }

    /** NFKC, digits as 0 and Latin letters as a: names are told by Chinese characters, not by which digit. */
    public static char[] normalise(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC);
        char[] out = new char[text.length()];
        for (int i = 0; i < text.length(); i++) {
            // NFKC may change lengths (rare ligatures); keep positions by normalising character by character then.
            char c = t.length() == text.length() ? t.charAt(i) : text.charAt(i);
            if (c >= '0' && c <= '9') {
                c = '0';
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                c = 'a';
            }
            out[i] = c;
        }
        return out;
    }

    /** The hashed features of position {@code i} without words (templates 14–16 absent: 0). */
    public static void features(char[] c, int i, long[] out) {
        features(c, null, i, out);
    }

    /**
     * The hashed features of position {@code i}: characters around it, pairs, character classes and, given the
     * words' {@code shapes}, the character in its word and the shapes around it; 0 for a feature absent.
     */
    public static void features(char[] c, byte[] shapes, int i, long[] out) {
        char m2 = at(c, i - 2);
        char m1 = at(c, i - 1);
        char c0 = c[i];
        char p1 = at(c, i + 1);
        char p2 = at(c, i + 2);
        out[0] = hash(0, '\u0001', '\u0001');
        out[1] = hash(1, c0, '\u0001');
        out[2] = hash(2, m1, '\u0001');
        out[3] = hash(3, p1, '\u0001');
        out[4] = hash(4, m2, '\u0001');
        out[5] = hash(5, p2, '\u0001');
        out[6] = hash(6, m1, c0);
        out[7] = hash(7, c0, p1);
        out[8] = hash(8, m1, p1);
        out[9] = hash(9, m2, m1);
        out[10] = hash(10, p1, p2);
        out[11] = hash(11, (char) (kind(m1) * 16 + kind(c0)), (char) kind(p1));
        out[12] = hash(12, m2, (char) (m1 * 31 + c0));
        out[13] = hash(13, c0, (char) (p1 * 31 + p2));
        if (shapes == null) {
            out[14] = 0;
            out[15] = 0;
            out[16] = 0;
        } else {
            out[14] = hash(14, c0, (char) shapes[i]);
            out[15] = hash(15, (char) shapes[i], '\u0001');
            out[16] = hash(16, (char) (shapeAt(shapes, i - 1) * 64 + shapes[i]), (char) shapeAt(shapes, i + 1));
        }
    }

    /** The shape at {@code i}, or 63 before the start and after the end. */
    private static int shapeAt(byte[] shapes, int i) {
        return i < 0 || i >= shapes.length ? 63 : shapes[i];
    }

    private static char at(char[] c, int i) {
        return i < 0 ? '\u0002' : i >= c.length ? '\u0003' : c[i];
    }

    private static byte[] kinds(char[] c) {
        byte[] k = new byte[c.length];
        for (int i = 0; i < c.length; i++) {
            k[i] = (byte) kind(c[i]);
        }
        return k;
    }

    private static int kind(char c) {
        if (c == '\u0002' || c == '\u0003') {
            return 1;
        }
        if (Character.isDigit(c) || c == '0') {
            return 2;
        }
        if (c == 'a') {
            return 3;
        }
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
            return 4;
        }
        return 5;
    }

    public static long hash(int template, char a, char b) {
        long h = template * 0x9E3779B97F4A7C15L + a * 0xC2B2AE3D27D4EB4FL + b * 0x165667B19E3779F9L;
        h ^= h >>> 31;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 29;
        return h == 0 ? 1 : h;
    }

    /** Where the weights of a feature begin in the table, or -1 for a feature the model does not have. */
    private int find(long key) {
        int lo = (int) key;
        int hi = (int) (key >>> 32);
        int i = (lo ^ hi) & mask;
        while (true) {
            int at = i * STRIDE;
            int klo = table[at];
            int khi = table[at + 1];
            if (klo == lo && khi == hi) {
                return at + 2;
            }
            if (klo == 0 && khi == 0) {
                return -1;
            }
            i = (i + 1) & mask;
        }
    }

    /** The weights of one feature by label, or null for a feature the model does not have. */
    public float[] weightsOf(long feature) {
        int at = find(feature);
        if (at < 0) {
            return null;
        }
        float[] w = new float[L];
        for (int y = 0; y < L; y++) {
            w[y] = Float.intBitsToFloat(table[at + y]);
        }
        return w;
    }

    private long key(int slot) {
        return (table[slot * STRIDE] & 0xFFFFFFFFL) | ((long) table[slot * STRIDE + 1] << 32);
    }

    private float weight(int slot, int y) {
        return Float.intBitsToFloat(table[slot * STRIDE + 2 + y]);
    }

    private int slots() {
        return table.length / STRIDE;
    }

    /** Features that carry weight (a feature never updated in training scores nothing and is not kept). */
    public int features() {
        int n = 0;
        for (int i = 0; i < slots(); i++) {
            if (key(i) != 0 && carries(i)) {
                n++;
            }
        }
        return n;
    }

    private boolean carries(int slot) {
        for (int y = 0; y < L; y++) {
            if (weight(slot, y) != 0f) {
                return true;
            }
        }
        return false;
    }

    /** Builds the lookup table from trained features and their per-label weights. */
    public static CharNerModel of(long[] featureKeys, float[] featureWeights, float[] transitions) {
        int n = featureKeys.length;
        int size = Integer.highestOneBit(Math.max(16, n * 2 - 1)) << 1;
        int[] table = new int[size * STRIDE];
        for (int f = 0; f < n; f++) {
            long key = featureKeys[f];
            int lo = (int) key;
            int hi = (int) (key >>> 32);
            int i = (lo ^ hi) & (size - 1);
            while (table[i * STRIDE] != 0 || table[i * STRIDE + 1] != 0) {
                i = (i + 1) & (size - 1);
            }
            table[i * STRIDE] = lo;
            table[i * STRIDE + 1] = hi;
            for (int y = 0; y < L; y++) {
                table[i * STRIDE + 2 + y] = Float.floatToRawIntBits(featureWeights[f * L + y]);
            }
        }
        return new CharNerModel(table, transitions.clone());
    }

    /** Writes the model (gzip); the caller closes the stream. */
    public void write(OutputStream out) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(out);
        DataOutputStream d = new DataOutputStream(gz);
        d.writeInt(MAGIC);
        d.writeInt(features());
        for (float t : transitions) {
            d.writeFloat(t);
        }
        for (int i = 0; i < slots(); i++) {
            if (key(i) != 0 && carries(i)) {
                d.writeLong(key(i));
                for (int y = 0; y < L; y++) {
                    d.writeFloat(weight(i, y));
                }
            }
        }
        d.flush();
        gz.finish();
    }

    /** Reads a model written by {@link #write}; the caller closes the stream. */
    public static CharNerModel read(InputStream in) throws IOException {
        DataInputStream d = new DataInputStream(new java.io.BufferedInputStream(new GZIPInputStream(in), 1 << 16));
        if (d.readInt() != MAGIC) {
            throw new IOException("not a PolicyLens NER model");
        }
        int n = d.readInt();
        float[] trans = new float[L * L];
        for (int i = 0; i < trans.length; i++) {
            trans[i] = d.readFloat();
        }
        long[] keys = new long[n];
        float[] w = new float[n * L];
        for (int f = 0; f < n; f++) {
            keys[f] = d.readLong();
            for (int y = 0; y < L; y++) {
                w[f * L + y] = d.readFloat();
            }
        }
        return of(keys, w, trans);
    }

    /** The model shipped with PolicyLens, from the class path. */
    public static CharNerModel bundled() {
        try (InputStream in = CharNerModel.class.getResourceAsStream("ner-msra-char.bin.gz")) {
            if (in == null) {
                throw new IllegalStateException("the NER model is missing: train it with `policylens train-ner`");
            }
            return read(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
