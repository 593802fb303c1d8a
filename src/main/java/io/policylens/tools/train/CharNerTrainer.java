package io.policylens.tools.train;

import io.policylens.analyse.CharNerModel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import io.policylens.text.Token;

/**
 * Trains a {@link CharNerModel} with the averaged perceptron (Collins 2002) over character-window features and
 * label transitions. Deterministic for a seed.
 */
public final class CharNerTrainer {

    /** Scores of a tagger on BIO data: exact span and type. */
    public record Score(Map<String, int[]> byType) {
        /** {tp, predicted, expected} for a type, or for "ALL". */
        public int[] counts(String type) {
            return byType.getOrDefault(type, new int[3]);
        }

        public double f1(String type) {
            int[] c = counts(type);
            double p = c[1] == 0 ? 0 : c[0] / (double) c[1];
            double r = c[2] == 0 ? 0 : c[0] / (double) c[2];
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double precision(String type) {
            int[] c = counts(type);
            return c[1] == 0 ? 0 : c[0] / (double) c[1];
        }

        public double recall(String type) {
            int[] c = counts(type);
            return c[2] == 0 ? 0 : c[0] / (double) c[2];
        }
    }

    private final int epochs;
    private final long seed;
    private final int minCount;
    private final double wordDropout;

    /** @param minCount features seen fewer times than this in training are left out of the model */
    /**
     * Trains on this share of the sentences without their words, so that the character templates carry weight of
     * their own where the segmenter cuts a name it does not know (浙/大城市/学院 for 浙大城市学院).
     */
    public CharNerTrainer withWordDropout(double share) {
        return new CharNerTrainer(epochs, seed, minCount, share);
    }

    public CharNerTrainer(int epochs, long seed, int minCount) {
        this(epochs, seed, minCount, 0);
    }

    private CharNerTrainer(int epochs, long seed, int minCount, double wordDropout) {
        this.wordDropout = wordDropout;
        this.epochs = epochs;
        this.seed = seed;
        this.minCount = minCount;
    }

    /** Trains without words: templates 14–16 are never seen. */
    public CharNerModel train(List<BioCorpus.Sentence> train, List<BioCorpus.Sentence> dev, Consumer<String> log) {
        return train(train, dev, NO_WORDS, log);
    }

    /** Words of no sentence: a model of the character templates only. */
    public static final Function<String, List<Token>> NO_WORDS = s -> List.of();

    /**
     * Trains on sentences whose words {@code words} cuts (the segmenter the tagger will have beside it when it runs:
     * {@link io.policylens.analyse.EntityRecognizer} passes the document's words).
     */
    public CharNerModel train(List<BioCorpus.Sentence> train, List<BioCorpus.Sentence> dev,
                              Function<String, List<Token>> words, Consumer<String> log) {
        List<byte[]> shapes = new ArrayList<>(train.size());
        Random dropout = new Random(seed + 1);
        for (BioCorpus.Sentence s : train) {
            shapes.add(dropout.nextDouble() < wordDropout ? null : shapesOf(s.text(), words));
        }
        log.accept("words cut for " + train.size() + " sentences");
        int L = CharNerModel.L;
        Map<String, Integer> labelIndex = new HashMap<>();
        for (int y = 0; y < L; y++) {
            labelIndex.put(CharNerModel.LABELS[y], y);
        }
        // Count features, then index those seen often enough.
        Map<Long, Integer> counts = new HashMap<>();
        long[] f = new long[CharNerModel.TEMPLATES];
        for (int s = 0; s < train.size(); s++) {
            char[] c = CharNerModel.normalise(train.get(s).text());
            for (int i = 0; i < c.length; i++) {
                CharNerModel.features(c, shapes.get(s), i, f);
                for (long k : f) {
                    if (k != 0) {
                        counts.merge(k, 1, Integer::sum);
                    }
                }
            }
        }
        Map<Long, Integer> index = new HashMap<>();
        List<Long> keys = new ArrayList<>();
        for (Map.Entry<Long, Integer> e : counts.entrySet()) {
            if (e.getValue() >= minCount) {
                index.put(e.getKey(), keys.size());
                keys.add(e.getKey());
            }
        }
        counts.clear();
        log.accept("features: " + keys.size() + " (seen at least " + minCount + " times)");
        int[][][] feats = new int[train.size()][][];
        int[][] gold = new int[train.size()][];
        for (int s = 0; s < train.size(); s++) {
            BioCorpus.Sentence sent = train.get(s);
            char[] c = CharNerModel.normalise(sent.text());
            feats[s] = new int[c.length][];
            gold[s] = new int[c.length];
            for (int i = 0; i < c.length; i++) {
                CharNerModel.features(c, shapes.get(s), i, f);
                int[] ids = new int[f.length];
                int n = 0;
                for (long k : f) {
                    Integer id = index.get(k);
                    if (id != null) {
                        ids[n++] = id;
                    }
                }
                feats[s][i] = java.util.Arrays.copyOf(ids, n);
                gold[s][i] = labelIndex.getOrDefault(sent.labels().get(i), 0);
            }
        }
        int F = keys.size();
        float[] w = new float[F * L];
        float[] u = new float[F * L];
        float[] t = new float[L * L];
        float[] tu = new float[L * L];
        List<Integer> order = new ArrayList<>();
        for (int s = 0; s < train.size(); s++) {
            order.add(s);
        }
        Random random = new Random(seed);
        long step = 1;
        for (int epoch = 1; epoch <= epochs; epoch++) {
            Collections.shuffle(order, random);
            int mistakes = 0;
            for (int s : order) {
                int n = gold[s].length;
                float[][] em = new float[n][L];
                for (int i = 0; i < n; i++) {
                    for (int id : feats[s][i]) {
                        int base = id * L;
                        for (int y = 0; y < L; y++) {
                            em[i][y] += w[base + y];
                        }
                    }
                }
                int[] pred = CharNerModel.viterbi(em, t);
                boolean wrong = false;
                for (int i = 0; i < n; i++) {
                    int g = gold[s][i];
                    int p = pred[i];
                    if (g != p) {
                        wrong = true;
                        for (int id : feats[s][i]) {
                            w[id * L + g] += 1;
                            u[id * L + g] += step;
                            w[id * L + p] -= 1;
                            u[id * L + p] -= step;
                        }
                    }
                    if (i > 0 && (g != p || gold[s][i - 1] != pred[i - 1])) {
                        int gt = gold[s][i - 1] * L + g;
                        int pt = pred[i - 1] * L + p;
                        t[gt] += 1;
                        tu[gt] += step;
                        t[pt] -= 1;
                        tu[pt] -= step;
                    }
                }
                if (wrong) {
                    mistakes++;
                }
                step++;
            }
            CharNerModel averaged = average(keys, w, u, t, tu, step);
            String devScore = dev.isEmpty() ? "" : String.format(java.util.Locale.ROOT, ", dev F1 %.4f",
                evaluate(averaged, dev, words).f1("ALL"));
            log.accept("epoch " + epoch + ": " + mistakes + " sentences wrong" + devScore);
        }
        return average(keys, w, u, t, tu, step);
    }

    private static CharNerModel average(List<Long> keys, float[] w, float[] u, float[] t, float[] tu, long step) {
        float[] aw = new float[w.length];
        for (int i = 0; i < w.length; i++) {
            aw[i] = w[i] - u[i] / step;
        }
        float[] at = new float[t.length];
        for (int i = 0; i < t.length; i++) {
            at[i] = t[i] - tu[i] / step;
        }
        long[] k = new long[keys.size()];
        for (int i = 0; i < k.length; i++) {
            k[i] = keys.get(i);
        }
        return CharNerModel.of(k, aw, at);
    }

    private static byte[] shapesOf(String sentence, Function<String, List<Token>> words) {
        List<Token> w = words.apply(sentence);
        return w.isEmpty() ? null : CharNerModel.wordShapes(sentence.length(), w);
    }

    /** Exact span-and-type scores of a model on BIO sentences, each with the words {@code words} cuts. */
    public static Score evaluate(CharNerModel model, List<BioCorpus.Sentence> data, Function<String, List<Token>> words) {
        return evaluate(data, s -> io.policylens.analyse.BioLabels.entities(CharNerModel.labelNames(
            model.decode(model.scores(CharNerModel.normalise(s.text()), shapesOf(s.text(), words))))));
    }

    /** Exact span-and-type scores of any recogniser on BIO sentences: its entities as TYPE:begin:end. */
    public static Score evaluate(List<BioCorpus.Sentence> data, Function<BioCorpus.Sentence, List<String>> recognised) {
        Map<String, int[]> by = new HashMap<>();
        for (BioCorpus.Sentence s : data) {
            count(by, new HashSet<>(recognised.apply(s)), new HashSet<>(io.policylens.analyse.BioLabels.entities(s.labels())));
        }
        return new Score(by);
    }

    static void count(Map<String, int[]> by, Set<String> predicted, Set<String> expected) {
        for (String e : predicted) {
            String type = e.substring(0, e.indexOf(':'));
            by.computeIfAbsent(type, k -> new int[3])[1]++;
            by.computeIfAbsent("ALL", k -> new int[3])[1]++;
            if (expected.contains(e)) {
                by.get(type)[0]++;
                by.get("ALL")[0]++;
            }
        }
        for (String e : expected) {
            String type = e.substring(0, e.indexOf(':'));
            by.computeIfAbsent(type, k -> new int[3])[2]++;
            by.computeIfAbsent("ALL", k -> new int[3])[2]++;
        }
    }
}
