package io.policylens.analyse;

import io.policylens.document.Span;
import io.policylens.text.Token;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A character-level named-entity tagger: a linear-chain CRF (trained by {@code CharNerTrainer}) over the features
 * of {@link NerFeatures}, with BIOES labels over persons, places and organisations, decoded with Viterbi under the
 * labels' constraints. Features are hashed to 64 bits, so the model keeps no strings. Immutable and thread-safe.
 */
public final class CharNerModel {

    /**
     * BIOES: a name's last character has a label of its own, so the model learns where names end (公司, 局, 市)
     * apart from what runs on inside them; on the MSRA dev tail it is worth 1.4 points of F1 over BIO. Training
     * data and every output stay BIO ({@link #encode}, {@link #labelNames}).
     */
    public static final String[] LABELS = {"O", "B-PER", "I-PER", "E-PER", "S-PER", "B-LOC", "I-LOC", "E-LOC", "S-LOC",
        "B-ORG", "I-ORG", "E-ORG", "S-ORG"};
    public static final int L = LABELS.length;
    private static final int MAGIC = 0x504c4e33; // "PLN3": BIOES labels over NerFeatures' 19 templates, 16-bit weights

    /** The model: its features' keys, and their weights in 16-bit steps of {@link #step}, L to a feature. */
    private final long[] keys;
    private final short[] weights;
    private final float step;
    private final float[] transitions;

    /**
     * Open-addressing lookup table, four ints (16 bytes) to a slot: a head (24 bits of the key's high half as a
     * fingerprint, 0 marking an empty slot, and the feature's scale), then its weights as bytes, four to an int. The
     * slot is chosen by the key's low bits, so a hit matches 24 bits of the fingerprint and the slot's bits of the
     * rest. Key and weights side by side cost one trip to memory per feature, four slots share a cache line, and the
     * whole table (4 MB) stays in the cache beside the segmenter's dictionaries: with some twenty features looked up
     * per character, those trips are the tagger's time.
     *
     * <p>A feature's weights are stored less its weight for O, so O's is 0 and twelve labels fit in 12 bytes: that
     * moves every label's score at a character by the same amount, which changes no label Viterbi picks. Each
     * weight is then a byte times the feature's scale, a power of two (in steps of {@link #step}): exact for the
     * many small features, within 1/254 of its largest for the others.
     */
    private static final int SLOT = 4;
    /** The table's largest share of full slots. */
    private static final double LOAD = 0.6;
    private final int[] table;
    private final int mask;
    /** The scales a feature's weights are stored in, by number: {@link #step} × 2^(n/16). */
    private static final int SCALES_PER_DOUBLING = 16;
    private final float[] scales = new float[256];

    /**
     * A Bloom filter of the keys (two bits in one 64-bit word per key, from the key's high half; 256 KB, so it stays in
     * the core's cache): more than half of the keys looked up are of n-grams and words the model does not have, and
     * the filter answers most of those without a trip to the table (about 2 % pass it anyway).
     */
    private static final int FILTER_WORDS = 1 << 15;
    private final long[] filter = new long[FILTER_WORDS];

    /**
     * Where the one-character features' slots begin in {@link #table} (or -1), by template (1–5) and character:
     * a third of a position's features are then an array read instead of a hash and a probe. Built once, 1.5 MB.
     */
    private final int[] unigrams;

    /**
     * The bias's, the character classes' and the word shapes' weights, exact (less O's, as in the table), L to a
     * row; and where each feature's row begins (or -1). These few features fire at nearly every character, so the
     * table's rounding would move every score the same way: kept exact, the tagger scores the MSRA dev tail as the
     * trained weights do (0.8704), where rounding them too lost 0.07 points.
     */
    private final float[] dense;
    private final int[] classes;
    private final int[] shape;
    private final int[] shapes;
    private final int bias;
    /** The dense features' rows by key, for {@link #weightsOf}. */
    private final java.util.Map<Long, Integer> denseRows = new java.util.HashMap<>();

    private CharNerModel(long[] keys, short[] weights, float step, float[] transitions) {
        this.keys = keys;
        this.weights = weights;
        this.step = step;
        this.transitions = transitions;
        int slots = Integer.highestOneBit(Math.max(8, (int) (keys.length / LOAD) - 1)) << 1;
        this.mask = slots - 1;
        this.table = new int[slots * SLOT];
        for (int n = 0; n < scales.length; n++) {
            scales[n] = (float) (step * unit(n));
        }
        int[] featureAt = new int[slots]; // by slot, while the dense rows are built
        for (int f = 0; f < keys.length; f++) {
            long k = keys[f];
            filter[(int) (k >>> 32) & (FILTER_WORDS - 1)] |= 1L << (k >>> 48) | 1L << (k >>> 54);
            int largest = 0;
            for (int y = 1; y < L; y++) {
                largest = Math.max(largest, Math.abs(relative(f, y)));
            }
            int scale = scaleFor(largest);
            double unit = unit(scale);
            int at = slotOf(k, true);
            table[at] = fingerprint(k) << 8 | scale;
            featureAt[at / SLOT] = f;
            for (int y = 1; y < L; y++) {
                int q = (int) Math.round(relative(f, y) / unit) & 0xFF;
                table[at + 1 + (y - 1) / 4] |= q << 8 * ((y - 1) % 4);
            }
        }
        this.unigrams = new int[6 << 16];
        for (int t = 1; t <= 5; t++) {
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                unigrams[t << 16 | c] = find(NerFeatures.unigram(t, (char) c));
            }
        }
        java.util.List<float[]> rows = new ArrayList<>();
        java.util.function.LongToIntFunction row = key -> {
            int at = find(key);
            if (at < 0 || keys[featureAt[at / SLOT]] != key) {
                return -1; // absent (the fingerprint matches 24 bits: the key itself is checked here)
            }
            int f = featureAt[at / SLOT];
            float[] w = new float[L];
            for (int y = 1; y < L; y++) {
                w[y] = relative(f, y) * step;
            }
            denseRows.put(key, rows.size() * L);
            rows.add(w);
            return (rows.size() - 1) * L;
        };
        this.bias = row.applyAsInt(NerFeatures.unigram(NerFeatures.BIAS, '\u0001'));
        this.classes = new int[NerFeatures.CLASS_KEYS];
        for (int k = 0; k < classes.length; k++) {
            classes[k] = row.applyAsInt(NerFeatures.classes(k));
        }
        this.shape = new int[64];
        this.shapes = new int[64 * 64 * 64];
        for (int a = 0; a < 64; a++) {
            shape[a] = row.applyAsInt(NerFeatures.shape(a));
            for (int b = 0; b < 64; b++) {
                for (int c = 0; c < 64; c++) {
                    shapes[(a * 64 + b) * 64 + c] = row.applyAsInt(NerFeatures.shapes(a, b, c));
                }
            }
        }
        this.dense = new float[rows.size() * L];
        for (int r = 0; r < rows.size(); r++) {
            System.arraycopy(rows.get(r), 0, dense, r * L, L);
        }
    }

    /** Scale n in steps: 2^(n/16). */
    private static double unit(int n) {
        return Math.pow(2, (double) n / SCALES_PER_DOUBLING);
    }

    /** The smallest scale at which a weight of {@code largest} steps fits a byte. */
    static int scaleFor(int largest) {
        int scale = largest <= Byte.MAX_VALUE ? 0
            : (int) Math.ceil(SCALES_PER_DOUBLING * Math.log((double) largest / Byte.MAX_VALUE) / Math.log(2));
        // The logarithm may round either way by a hair: settle on the exact smallest.
        while (scale > 0 && largest <= Byte.MAX_VALUE * unit(scale - 1)) {
            scale--;
        }
        while (largest > Byte.MAX_VALUE * unit(scale)) {
            scale++;
        }
        return scale;
    }

    /** Feature f's weight for label y less its weight for O, in steps. */
    private int relative(int f, int y) {
        return weights[f * L + y] - weights[f * L];
    }

    /** 24 bits of the key's high half, never 0 (which marks an empty slot). */
    private static int fingerprint(long key) {
        int f = (int) (key >>> 40);
        return f == 0 ? 1 : f;
    }

    /** The slot of a key: where it is, or (when {@code free}) the first empty slot on its way; -1 if absent. */
    private int slotOf(long key, boolean free) {
        int f = fingerprint(key);
        int i = (int) key & mask;
        while (true) {
            int at = i * SLOT;
            int here = table[at];
            if (here == 0) {
                return free ? at : -1;
            }
            if (here >>> 8 == f && !free) {
                return at;
            }
            i = (i + 1) & mask;
        }
    }

    /** Where a feature's slot begins in the table, or -1 for a feature the model does not have. */
    private int find(long key) {
        long bits = 1L << (key >>> 48) | 1L << (key >>> 54);
        if ((filter[(int) (key >>> 32) & (FILTER_WORDS - 1)] & bits) != bits) {
            return -1;
        }
        return slotOf(key, false);
    }

    /** The entity mentions of a text (normalised, simplified), with offsets into it, without its words. */
    public List<Mention> tag(String text) {
        return tag(text, List.of());
    }

    /**
     * The entity mentions of a text (normalised, simplified) whose words the segmenter has cut: where each character
     * stands in its word, and the word's kind, are features too (templates 14–16).
     */
    public List<Mention> tag(String text, List<Token> words) {
        List<Mention> out = new ArrayList<>();
        int w = 0;
        int start = 0;
        // Sentences and lines are tagged apart: names do not cross them, and Viterbi stays short.
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || "\n。！？；".indexOf(text.charAt(i)) >= 0) {
                if (i > start) {
                    while (w < words.size() && words.get(w).end() <= start) {
                        w++;
                    }
                    List<Token> inside = new ArrayList<>();
                    for (int k = w; k < words.size() && words.get(k).begin() < i; k++) {
                        Token t = words.get(k);
                        inside.add(new Token(t.text(), t.begin() - start, t.end() - start, t.tag()));
                    }
                    tagSpan(text, start, i, inside, out);
                }
                start = i + 1;
            }
        }
        return out;
    }

    /** The labels' entity types by label index: PER, LOC, ORG, each over B-, I-, E-, S-. */
    private static final EntityType[] TYPES = {null, EntityType.PER, EntityType.PER, EntityType.PER, EntityType.PER,
        EntityType.LOC, EntityType.LOC, EntityType.LOC, EntityType.LOC, EntityType.ORG, EntityType.ORG, EntityType.ORG,
        EntityType.ORG};

    private void tagSpan(String text, int from, int to, List<Token> words, List<Mention> out) {
        int[] labels = decode(scores(NerFeatures.of(text.substring(from, to), words)));
        // Viterbi's labels are well formed: a name is B-X I-X* E-X, or S-X.
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == 0) {
                continue;
            }
            int first = i;
            while ((labels[i] - 1) % 4 < 2) { // B-X, I-X: the name goes on
                i++;
            }
            int b = from + first;
            int end = from + i + 1;
            String surface = text.substring(b, end);
            if (surface.codePointCount(0, surface.length()) >= 2) {
                out.add(new Mention(new Span(b, end), surface, TYPES[labels[first]], surface));
            }
        }
    }

    /** The BIO label of every character of a sentence, as training data writes them, given its words (or none). */
    public List<String> labels(String sentence, List<Token> words) {
        return labelNames(decode(scores(NerFeatures.of(sentence, words))));
    }

    /** The BIO names of decoded labels: E- is written I-, S- is written B-. */
    public static List<String> labelNames(int[] labels) {
        List<String> names = new ArrayList<>(labels.length);
        for (int l : labels) {
            String name = LABELS[l];
            names.add(name.startsWith("E-") ? "I-" + name.substring(2) : name.startsWith("S-") ? "B-" + name.substring(2) : name);
        }
        return names;
    }

    /** The labels of a sentence's BIO names (an I- after O opens a name), as the model's label indices. */
    public static int[] encode(List<String> bio) {
        int[] out = new int[bio.size()];
        for (String e : BioLabels.entities(bio)) {
            String[] p = e.split(":");
            int type = p[0].equals("PER") ? 1 : p[0].equals("LOC") ? 5 : p[0].equals("ORG") ? 9 : -1;
            if (type < 0) {
                continue;
            }
            int b = Integer.parseInt(p[1]);
            int end = Integer.parseInt(p[2]);
            if (end - b == 1) {
                out[b] = type + 3;
            } else {
                out[b] = type;
                for (int i = b + 1; i < end - 1; i++) {
                    out[i] = type + 1;
                }
                out[end - 1] = type + 2;
            }
        }
        return out;
    }

    /**
     * Label scores of every character of a sentence, the sum of its features' weights (less O's, so O scores 0):
     * label y of character i at i * L + y.
     */
    float[] scores(NerFeatures features) {
        int n = features.length();
        float[] s = new float[n * L];
        long[] f = new long[NerFeatures.TEMPLATES];
        int[] at = new int[NerFeatures.TEMPLATES];
        float[] sum = new float[L];
        for (int i = 0; i < n; i++) {
            features.hashed(i, f);
            java.util.Arrays.fill(sum, 0);
            addRow(bias, sum);
            addRow(classes[features.classesAt(i)], sum);
            if (features.shapeOf(i) >= 0) {
                addRow(shape[features.shapeOf(i)], sum);
                addRow(shapes[features.shapesAt(i)], sum);
            }
            at[1] = unigrams[1 << 16 | features.at(i)];
            at[2] = unigrams[2 << 16 | features.at(i - 1)];
            at[3] = unigrams[3 << 16 | features.at(i + 1)];
            at[4] = unigrams[4 << 16 | features.at(i - 2)];
            at[5] = unigrams[5 << 16 | features.at(i + 2)];
            for (int t = 6; t < f.length; t++) {
                at[t] = f[t] == 0 || t == NerFeatures.CLASSES || t == NerFeatures.SHAPE || t == NerFeatures.SHAPES
                    ? -1 : find(f[t]);
            }
            for (int t = 1; t < at.length; t++) {
                int a = at[t];
                if (a >= 0) {
                    float scale = scales[table[a] & 0xFF];
                    for (int k = 0; k < 3; k++) {
                        int four = table[a + 1 + k];
                        sum[4 * k + 1] += (four << 24 >> 24) * scale;
                        sum[4 * k + 2] += (four << 16 >> 24) * scale;
                        sum[4 * k + 3] += (four << 8 >> 24) * scale;
                        sum[4 * k + 4] += (four >> 24) * scale;
                    }
                }
            }
            System.arraycopy(sum, 0, s, i * L, L);
        }
        return s;
    }

    /** Adds a dense feature's row (or nothing, for -1) to the scores. */
    private void addRow(int row, float[] sum) {
        if (row >= 0) {
            for (int y = 1; y < L; y++) {
                sum[y] += dense[row + y];
            }
        }
    }

    /** The best labels of a sentence given its scores ({@link #scores}). */
    int[] decode(float[] scores) {
        return viterbi(scores, scores.length / L, transitions);
    }

    /** Labels outside a name after them (O, E-X, S-X) and labels that open or stand outside (O, B-X, S-X). */
    private static final int[] CLOSING = {0, 3, 4, 7, 8, 11, 12};
    private static final int[] OPENING = {0, 1, 4, 5, 8, 9, 12};

    /**
     * The best labels under the constraints, given the scores (label y of character i at i * L + y). Only allowed
     * pairs are tried, by the labels' structure: an opening label follows a closing one (7 × 7), I-X and E-X follow
     * B-X or I-X (2 each): 61 of the 169 pairs.
     */
    static int[] viterbi(float[] em, int n, float[] trans) {
        int[] out = new int[n];
        if (n == 0) {
            return out;
        }
        float[] best = new float[L];
        float[] next = new float[L];
        int[] back = new int[n * L];
        for (int y = 0; y < L; y++) {
            best[y] = allowed(-1, y) ? em[y] : Float.NEGATIVE_INFINITY;
        }
        float[] opening = new float[CLOSING.length * OPENING.length]; // trans of closing q → opening a at a * 7 + q
        float[] closing = new float[CLOSING.length];
        for (int a = 0; a < OPENING.length; a++) {
            for (int q = 0; q < CLOSING.length; q++) {
                opening[a * CLOSING.length + q] = trans[CLOSING[q] * L + OPENING[a]];
            }
        }
        for (int i = 1; i < n; i++) {
            int row = i * L;
            // The closing labels' scores copied once per character: the 49 pairs then read them without indirection.
            for (int q = 0; q < CLOSING.length; q++) {
                closing[q] = best[CLOSING[q]];
            }
            for (int a = 0, o = 0; a < OPENING.length; a++, o += CLOSING.length) {
                float b = closing[0] + opening[o];
                int from = 0;
                for (int q = 1; q < CLOSING.length; q++) {
                    float v = closing[q] + opening[o + q];
                    if (v > b) {
                        b = v;
                        from = q;
                    }
                }
                int arg = CLOSING[from];
                int y = OPENING[a];
                next[y] = b + em[row + y];
                back[row + y] = arg;
            }
            for (int begin = 1; begin < L; begin += 4) {
                int inside = begin + 1;
                for (int y = inside; y <= inside + 1; y++) { // I-X, then E-X
                    float fromBegin = best[begin] + trans[begin * L + y];
                    float fromInside = best[inside] + trans[inside * L + y];
                    boolean b = fromBegin >= fromInside;
                    next[y] = (b ? fromBegin : fromInside) + em[row + y];
                    back[row + y] = b ? begin : inside;
                }
            }
            float[] swap = best;
            best = next;
            next = swap;
        }
        int y = 0;
        for (int k = 1; k < L; k++) {
            if (ends(k) && best[k] > best[y]) {
                y = k;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            out[i] = y;
            y = back[i * L + y];
        }
        return out;
    }

    /**
     * I-X and E-X only inside a name of type X (after B-X or I-X); O, B-X and S-X only outside one (at the start,
     * or after O, E-Y or S-Y). {@code prev} is -1 at a sentence's start.
     */
    public static boolean allowedTransition(int prev, int y) {
        return allowed(prev, y);
    }

    /** A name ends at label {@code y} (O, E-X or S-X): a sentence may end there. */
    public static boolean endsName(int y) {
        return ends(y);
    }

    static boolean allowed(int prev, int y) {
        boolean open = prev > 0 && (prev - 1) % 4 < 2;
        if (y == 0 || (y - 1) % 4 == 0 || (y - 1) % 4 == 3) {
            return !open;
        }
        return open && (prev - 1) / 4 == (y - 1) / 4;
    }

    /** A sentence ends outside a name: on O, E-X or S-X. */
    static boolean ends(int y) {
        return y == 0 || (y - 1) % 4 >= 2;
    }

    /**
     * The weights of one feature by label as the tagger adds them (less its weight for O, so O's is 0), or null for
     * a feature the model does not have.
     */
    public float[] weightsOf(long feature) {
        Integer row = denseRows.get(feature);
        if (row != null) {
            return java.util.Arrays.copyOfRange(dense, row, row + L);
        }
        int at = find(feature);
        if (at < 0) {
            return null;
        }
        float[] w = new float[L];
        for (int y = 1; y < L; y++) {
            int q = (byte) (table[at + 1 + (y - 1) / 4] >> 8 * ((y - 1) % 4));
            w[y] = q * scales[table[at] & 0xFF];
        }
        return w;
    }

    /** Features that carry weight. */
    public int features() {
        return keys.length;
    }

    /**
     * A model of trained features and their weights (feature f's for label y at f * L + y), in 16-bit steps of the
     * largest weight over 32,767: half the memory and file of floats, and an error (under 0.001 of a weight that
     * matters) that moves no score on the dev tail. Features whose weights all round to 0 are left out.
     */
    public static CharNerModel of(long[] featureKeys, float[] featureWeights, float[] transitions) {
        float largest = 0;
        for (float w : featureWeights) {
            largest = Math.max(largest, Math.abs(w));
        }
        float step = largest == 0 ? 1 : largest / Short.MAX_VALUE;
        short[] steps = new short[featureWeights.length];
        long[] kept = new long[featureKeys.length];
        int n = 0;
        for (int f = 0; f < featureKeys.length; f++) {
            boolean carries = false;
            for (int y = 0; y < L; y++) {
                short q = (short) Math.round(featureWeights[f * L + y] / step);
                steps[n * L + y] = q;
                carries |= q != 0;
            }
            if (carries && featureKeys[f] != 0) {
                kept[n++] = featureKeys[f];
            }
        }
        return new CharNerModel(java.util.Arrays.copyOf(kept, n), java.util.Arrays.copyOf(steps, n * L), step,
            transitions.clone());
    }

    /** Writes the model (gzip); the caller closes the stream. */
    public void write(OutputStream out) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(out);
        DataOutputStream d = new DataOutputStream(gz);
        d.writeInt(MAGIC);
        d.writeInt(keys.length);
        for (float t : transitions) {
            d.writeFloat(t);
        }
        d.writeFloat(step);
        for (int f = 0; f < keys.length; f++) {
            d.writeLong(keys[f]);
            for (int y = 0; y < L; y++) {
                d.writeShort(weights[f * L + y]);
            }
        }
        d.flush();
        gz.finish();
    }

    /** Reads a model written by {@link #write}; the caller closes the stream. */
    public static CharNerModel read(InputStream in) throws IOException {
        DataInputStream d = new DataInputStream(new java.io.BufferedInputStream(new GZIPInputStream(in), 1 << 16));
        if (d.readInt() != MAGIC) {
            throw new IOException("not a PolicyLens NER model of this version (retrain it with `policylens train-ner`)");
        }
        int n = d.readInt();
        float[] trans = new float[L * L];
        for (int i = 0; i < trans.length; i++) {
            trans[i] = d.readFloat();
        }
        float step = d.readFloat();
        long[] keys = new long[n];
        short[] w = new short[n * L];
        for (int f = 0; f < n; f++) {
            keys[f] = d.readLong();
            for (int y = 0; y < L; y++) {
                w[f * L + y] = d.readShort();
            }
        }
        return new CharNerModel(keys, w, step, trans);
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
