package io.policylens.tools.train;

import io.policylens.analyse.CharNerModel;

import java.util.Random;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * A linear-chain conditional random field trained by stochastic gradient descent with L2 regularisation, as
 * CRFsuite's l2sgd trains one: Bottou's learning-rate schedule and the weights kept as a scale times a vector,
 * so that the decay costs nothing per step. The weights of each pass are
 * averaged (SGD's last weights are noisy: ±0.5 F1 from pass to pass on the MSRA dev tail; their average is not).
 * Labels and their constraints are the tagger's ({@link CharNerModel#allowedTransition}).
 */
final class CrfSgd {

    private final int labels;
    private final double c2;
    private final long seed;

    /** Weights of feature f for label y at f * L + y, divided by {@link #scale}. */
    private final double[] v;
    /** Transition weights p * L + y, divided by {@link #scale}. */
    private final double[] t;
    private double scale = 1;

    private double[] sum;
    private double[] sumT;
    private int snapshots;

    /**
     * @param c2 the L2 coefficient, as CRFsuite's c2: the objective is the log-likelihood less c2 · |w|²
     */
    CrfSgd(int labels, int features, double c2, long seed) {
        this.labels = labels;
        this.c2 = c2;
        this.seed = seed;
        this.v = new double[features * labels];
        this.t = new double[labels * labels];
    }

    /**
     * Passes over the data in a shuffled order, averaging the weights of every pass from {@code averageFrom} on;
     * {@code afterPass} runs after each.
     */
    void train(int[][][] feats, int[][] gold, int passes, int averageFrom, double eta0, IntConsumer afterPass,
               Consumer<String> log) {
        int n = gold.length;
        double lambda = 2.0 * c2 / n;
        double t0 = 1.0 / (lambda * eta0);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random random = new Random(seed);
        long step = 0;
        for (int pass = 1; pass <= passes; pass++) {
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int x = order[i];
                order[i] = order[j];
                order[j] = x;
            }
            double loss = 0;
            for (int s : order) {
                loss -= step(feats[s], gold[s], 1.0 / (lambda * (t0 + step)), lambda);
                step++;
            }
            if (pass >= averageFrom || pass == passes) {
                accumulate();
            }
            log.accept(String.format(java.util.Locale.ROOT, "pass %d: negative log-likelihood %.1f", pass, loss));
            afterPass.accept(pass);
        }
    }

    /** The averaged feature weights (the current ones before the first snapshot), f * L + y. */
    float[] weights() {
        return average(sum, v);
    }

    /** The averaged transition weights, p * L + y. */
    float[] transitions() {
        return average(sumT, t);
    }

    private float[] average(double[] total, double[] current) {
        float[] out = new float[current.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) (total == null ? current[i] * scale : total[i] / snapshots);
        }
        return out;
    }

    private void accumulate() {
        if (sum == null) {
            sum = new double[v.length];
            sumT = new double[t.length];
        }
        for (int i = 0; i < v.length; i++) {
            sum[i] += v[i] * scale;
        }
        for (int i = 0; i < t.length; i++) {
            sumT[i] += t[i] * scale;
        }
        snapshots++;
    }

    /** One gradient step on one sentence; its log-likelihood before the step. */
    double step(int[][] feats, int[] gold, double eta, double lambda) {
        scale *= 1 - eta * lambda;
        if (scale < 1e-9) {
            for (int i = 0; i < v.length; i++) {
                v[i] *= scale;
            }
            for (int i = 0; i < t.length; i++) {
                t[i] *= scale;
            }
            scale = 1;
        }
        Lattice lat = lattice(feats);
        double ll = lat.logLikelihood(gold);
        double gain = eta / scale;
        int L = labels;
        for (int i = 0; i < gold.length; i++) {
            double[] m = lat.marginal[i];
            for (int id : feats[i]) {
                int base = id * L;
                v[base + gold[i]] += gain;
                for (int y = 0; y < L; y++) {
                    if (m[y] > 1e-12) {
                        v[base + y] -= gain * m[y];
                    }
                }
            }
            if (i > 0) {
                t[gold[i - 1] * L + gold[i]] += gain;
                double[] pair = lat.pair[i];
                for (int k = 0; k < L * L; k++) {
                    if (pair[k] > 1e-12) {
                        t[k] -= gain * pair[k];
                    }
                }
            }
        }
        return ll;
    }

    /** Forward–backward over one sentence under the tagger's label constraints, scaled per position. */
    Lattice lattice(int[][] feats) {
        int L = labels;
        int n = feats.length;
        double[][] em = new double[n][L];
        for (int i = 0; i < n; i++) {
            for (int id : feats[i]) {
                int base = id * L;
                for (int y = 0; y < L; y++) {
                    em[i][y] += v[base + y];
                }
            }
            for (int y = 0; y < L; y++) {
                em[i][y] *= scale;
            }
        }
        double[] trans = new double[L * L];
        double[] expTrans = new double[L * L];
        for (int p = 0; p < L; p++) {
            for (int y = 0; y < L; y++) {
                trans[p * L + y] = t[p * L + y] * scale;
                expTrans[p * L + y] = CharNerModel.allowedTransition(p, y) ? Math.exp(trans[p * L + y]) : 0;
            }
        }
        double[][] psi = new double[n][L];
        double[] shift = new double[n];
        for (int i = 0; i < n; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int y = 0; y < L; y++) {
                max = Math.max(max, em[i][y]);
            }
            shift[i] = max;
            for (int y = 0; y < L; y++) {
                psi[i][y] = Math.exp(em[i][y] - max);
            }
        }
        double[][] alpha = new double[n][L];
        double[] c = new double[n];
        for (int y = 0; y < L; y++) {
            alpha[0][y] = CharNerModel.allowedTransition(-1, y) ? psi[0][y] : 0;
        }
        c[0] = normalise(alpha[0]);
        for (int i = 1; i < n; i++) {
            for (int y = 0; y < L; y++) {
                double total = 0;
                for (int p = 0; p < L; p++) {
                    total += alpha[i - 1][p] * expTrans[p * L + y];
                }
                alpha[i][y] = total * psi[i][y];
            }
            c[i] = normalise(alpha[i]);
        }
        double[][] beta = new double[n][L];
        for (int y = 0; y < L; y++) {
            beta[n - 1][y] = CharNerModel.endsName(y) ? 1 : 0;
        }
        double end = 0;
        for (int y = 0; y < L; y++) {
            end += alpha[n - 1][y] * beta[n - 1][y];
        }
        for (int i = n - 2; i >= 0; i--) {
            for (int p = 0; p < L; p++) {
                double total = 0;
                for (int y = 0; y < L; y++) {
                    total += expTrans[p * L + y] * psi[i + 1][y] * beta[i + 1][y];
                }
                beta[i][p] = total;
            }
            normalise(beta[i]);
        }
        double logZ = Math.log(end);
        for (int i = 0; i < n; i++) {
            logZ += Math.log(c[i]) + shift[i];
        }
        double[][] marginal = new double[n][L];
        for (int i = 0; i < n; i++) {
            for (int y = 0; y < L; y++) {
                marginal[i][y] = alpha[i][y] * beta[i][y];
            }
            normalise(marginal[i]);
        }
        double[][] pair = new double[n][];
        for (int i = 1; i < n; i++) {
            double[] xi = new double[L * L];
            for (int p = 0; p < L; p++) {
                if (alpha[i - 1][p] == 0) {
                    continue;
                }
                for (int y = 0; y < L; y++) {
                    xi[p * L + y] = alpha[i - 1][p] * expTrans[p * L + y] * psi[i][y] * beta[i][y];
                }
            }
            normalise(xi);
            pair[i] = xi;
        }
        return new Lattice(em, trans, logZ, marginal, pair);
    }

    private static double normalise(double[] a) {
        double total = 0;
        for (double x : a) {
            total += x;
        }
        if (total > 0) {
            for (int i = 0; i < a.length; i++) {
                a[i] /= total;
            }
        }
        return total;
    }

    /** A sentence's scores, log-partition and label marginals (single, and of each pair at i-1, i). */
    record Lattice(double[][] em, double[] trans, double logZ, double[][] marginal, double[][] pair) {
        double logLikelihood(int[] gold) {
            int L = em[0].length;
            double s = 0;
            for (int i = 0; i < gold.length; i++) {
                s += em[i][gold[i]];
                if (i > 0) {
                    s += trans[gold[i - 1] * L + gold[i]];
                }
            }
            return s - logZ;
        }
    }
}
