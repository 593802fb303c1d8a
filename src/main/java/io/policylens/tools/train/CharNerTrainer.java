package io.policylens.tools.train;

import io.policylens.analyse.BioLabels;
import io.policylens.analyse.CharNerModel;
import io.policylens.analyse.NerFeatures;
import io.policylens.text.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Trains a {@link CharNerModel}: a linear-chain CRF ({@link CrfSgd}) over {@link NerFeatures}, on BIO data encoded
 * as the model's BIOES labels, as the mean of a few runs; features whose weights stay small are left out of the
 * model. Deterministic for a seed.
 *
 * @param passes      passes over the data
 * @param seed        shuffling, calibration and word-dropout seed
 * @param minCount    features seen fewer times than this in training are not learnt
 * @param c2          L2 coefficient (CRFsuite's c2)
 * @param prune       features whose largest weight is smaller than this are left out of the model
 * @param wordDropout share of the sentences trained without their words, so that the character templates carry
 *                    weight of their own where the segmenter cuts a name it does not know (浙/大城市/学院)
 * @param runs        runs, each with its own seed (its order and the sentences that lose their words), whose
 *                    weights are averaged: the objective is convex, and the mean of runs that differ by ±0.4 F1 on
 *                    the dev tail scores above their mean
 */
public record CharNerTrainer(int passes, long seed, int minCount, double c2, double prune, double wordDropout,
                             int runs) {

    /**
     * The initial learning rate. CRFsuite's calibration (the rate that lowers the objective most in one pass over
     * 1,000 sentences) chose it on most samples of the MSRA data, 0.1 on some; 0.025 scored better on the dev tail,
     * and a fixed rate keeps training reproducible.
     */
    private static final double RATE = 0.025;

    /** Averaging starts with this pass: the first passes' weights are far from the optimum. */
    private static final int AVERAGE_FROM = 4;

    /** Words of no sentence: a model of the character templates only. */
    public static final Function<String, List<Token>> NO_WORDS = s -> List.of();

    /** Scores of a tagger on BIO data: exact span and type. */
    public record Score(Map<String, int[]> byType) {
        /** {tp, predicted, expected} for a type, or for "ALL". */
        public int[] counts(String type) {
            return byType.getOrDefault(type, new int[3]);
        }

        public double f1(String type) {
            double p = precision(type);
            double r = recall(type);
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

    /**
     * Trains on sentences whose words {@code segmenter} cuts (the segmenter the tagger will have beside it:
     * {@link io.policylens.analyse.EntityRecognizer} passes the document's words), reporting the dev score after
     * each pass when {@code dev} is not empty.
     */
    public CharNerModel train(List<BioCorpus.Sentence> train, List<BioCorpus.Sentence> dev,
                              Function<String, List<Token>> segmenter, Consumer<String> log) {
        Map<String, List<Token>> cut = new ConcurrentHashMap<>();
        Function<String, List<Token>> words = segmenter == NO_WORDS ? NO_WORDS : s -> cut.computeIfAbsent(s, segmenter);
        List<NerFeatures> withWords = new ArrayList<>(train.size());
        for (BioCorpus.Sentence s : train) {
            withWords.add(NerFeatures.of(s.text(), words.apply(s.text())));
        }
        log.accept("words cut for " + train.size() + " sentences");
        // Dropping a sentence's words only takes features away: the index of all sentences with words holds every run's.
        FeatureIndex index = FeatureIndex.of(withWords, minCount);
        log.accept("features: " + index.size() + " (seen at least " + minCount + " times)");
        int[][] gold = new int[train.size()][];
        for (int s = 0; s < train.size(); s++) {
            gold[s] = CharNerModel.encode(train.get(s).labels());
        }
        int L = CharNerModel.L;
        float[] weights = new float[index.size() * L];
        float[] transitions = new float[L * L];
        for (int run = 0; run < runs; run++) {
            long runSeed = seed + 101L * run;
            Random dropout = new Random(runSeed + 1);
            int[][][] feats = new int[train.size()][][];
            for (int s = 0; s < train.size(); s++) {
                feats[s] = index.ids(dropout.nextDouble() < wordDropout ? NerFeatures.of(train.get(s).text(), List.of())
                    : withWords.get(s));
            }
            CrfSgd crf = new CrfSgd(L, index.size(), c2, runSeed);
            String name = runs == 1 ? "" : "run " + (run + 1) + "/" + runs + ", ";
            crf.train(feats, gold, passes, AVERAGE_FROM, RATE, pass -> {
                if (!dev.isEmpty()) {
                    Score s = evaluate(model(index, crf.weights(), crf.transitions(), 0), dev, words);
                    log.accept(String.format(Locale.ROOT, "%spass %d: dev F1 %.4f (ORG %.4f)", name, pass, s.f1("ALL"), s.f1("ORG")));
                }
            }, line -> log.accept(name + line));
            add(weights, crf.weights(), 1.0f / runs);
            add(transitions, crf.transitions(), 1.0f / runs);
        }
        CharNerModel model = model(index, weights, transitions, prune);
        log.accept("model: " + model.features() + " features with a weight of at least " + prune
            + (runs > 1 ? ", the mean of " + runs + " runs' weights" : ""));
        return model;
    }

    private static void add(float[] total, float[] part, float share) {
        for (int i = 0; i < total.length; i++) {
            total[i] += part[i] * share;
        }
    }

    /** Weights as a model, without the features whose largest weight is below {@code prune}. */
    private static CharNerModel model(FeatureIndex index, float[] w, float[] transitions, double prune) {
        int L = CharNerModel.L;
        long[] keys = new long[index.size()];
        float[] kept = new float[w.length];
        int n = 0;
        for (int f = 0; f < index.size(); f++) {
            float largest = 0;
            for (int y = 0; y < L; y++) {
                largest = Math.max(largest, Math.abs(w[f * L + y]));
            }
            if (largest >= prune && largest > 0) {
                keys[n] = index.key(f);
                System.arraycopy(w, f * L, kept, n * L, L);
                n++;
            }
        }
        return CharNerModel.of(java.util.Arrays.copyOf(keys, n), java.util.Arrays.copyOf(kept, n * L), transitions);
    }

    /** The features seen often enough in training, numbered. */
    private record FeatureIndex(Map<Long, Integer> ids, long[] keys) {

        static FeatureIndex of(List<NerFeatures> sentences, int minCount) {
            Map<Long, Integer> counts = new HashMap<>();
            long[] f = new long[NerFeatures.TEMPLATES];
            for (NerFeatures sentence : sentences) {
                for (int i = 0; i < sentence.length(); i++) {
                    sentence.features(i, f);
                    for (long k : f) {
                        if (k != 0) {
                            counts.merge(k, 1, Integer::sum);
                        }
                    }
                }
            }
            Map<Long, Integer> ids = new HashMap<>();
            List<Long> keys = new ArrayList<>();
            counts.forEach((key, count) -> {
                if (count >= minCount) {
                    ids.put(key, keys.size());
                    keys.add(key);
                }
            });
            return new FeatureIndex(ids, keys.stream().mapToLong(Long::longValue).toArray());
        }

        int size() {
            return keys.length;
        }

        long key(int id) {
            return keys[id];
        }

        /** The numbers of a sentence's known features, by character. */
        int[][] ids(NerFeatures sentence) {
            long[] f = new long[NerFeatures.TEMPLATES];
            int[][] out = new int[sentence.length()][];
            for (int i = 0; i < out.length; i++) {
                sentence.features(i, f);
                int[] found = new int[f.length];
                int n = 0;
                for (long k : f) {
                    Integer id = k == 0 ? null : ids.get(k);
                    if (id != null) {
                        found[n++] = id;
                    }
                }
                out[i] = java.util.Arrays.copyOf(found, n);
            }
            return out;
        }
    }

    /** Exact span-and-type scores of a model on BIO sentences, each with the words {@code words} cuts. */
    public static Score evaluate(CharNerModel model, List<BioCorpus.Sentence> data, Function<String, List<Token>> words) {
        return evaluate(data, s -> BioLabels.entities(model.labels(s.text(), words.apply(s.text()))));
    }

    /** Exact span-and-type scores of any recogniser on BIO sentences: its entities as TYPE:begin:end. */
    public static Score evaluate(List<BioCorpus.Sentence> data, Function<BioCorpus.Sentence, List<String>> recognised) {
        Map<String, int[]> by = new HashMap<>();
        for (BioCorpus.Sentence s : data) {
            count(by, new HashSet<>(recognised.apply(s)), new HashSet<>(BioLabels.entities(s.labels())));
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
