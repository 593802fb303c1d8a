package io.policylens.tools.train;

import io.policylens.analyse.CharNerModel;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CrfSgdTest {

    private static final int L = CharNerModel.L;

    /** Three characters with two features each, after a few steps towards [B-PER, E-PER, O]: weights not all 0. */
    private static CrfSgd trained(int[][] feats, int[] gold) {
        CrfSgd crf = new CrfSgd(L, 6, 0.1, 1);
        for (int k = 0; k < 5; k++) {
            crf.step(feats, gold, 0.3, 0.01);
        }
        return crf;
    }

    @Test
    void forwardBackwardAgreesWithEveryLabelSequenceSummedByHand() {
        int[][] feats = {{0, 1}, {2, 3}, {4, 5}};
        int[] gold = {1, 3, 0};
        CrfSgd.Lattice lat = trained(feats, gold).lattice(feats);
        double[][] em = lat.em();
        double[] tr = lat.trans();
        double z = 0;
        double[][] marginal = new double[3][L];
        double[] pair = new double[L * L];
        for (int a = 0; a < L; a++) {
            for (int b = 0; b < L; b++) {
                for (int c = 0; c < L; c++) {
                    if (!CharNerModel.allowedTransition(-1, a) || !CharNerModel.allowedTransition(a, b)
                        || !CharNerModel.allowedTransition(b, c) || !CharNerModel.endsName(c)) {
                        continue;
                    }
                    double p = Math.exp(em[0][a] + em[1][b] + em[2][c] + tr[a * L + b] + tr[b * L + c]);
                    z += p;
                    marginal[0][a] += p;
                    marginal[1][b] += p;
                    marginal[2][c] += p;
                    pair[a * L + b] += p;
                }
            }
        }
        assertThat(lat.logZ()).isCloseTo(Math.log(z), within(1e-9));
        for (int i = 0; i < 3; i++) {
            for (int y = 0; y < L; y++) {
                assertThat(lat.marginal()[i][y]).as("position %d label %d", i, y).isCloseTo(marginal[i][y] / z, within(1e-9));
            }
        }
        for (int k = 0; k < L * L; k++) {
            assertThat(lat.pair()[1][k]).isCloseTo(pair[k] / z, within(1e-9));
        }
        double gold0 = em[0][1] + em[1][3] + em[2][0] + tr[1 * L + 3] + tr[3 * L + 0];
        assertThat(lat.logLikelihood(gold)).isCloseTo(gold0 - Math.log(z), within(1e-9));
    }

    @Test
    void stepsRaiseTheLikelihoodOfTheTrainingSentence() {
        int[][] feats = {{0, 1}, {2, 3}, {4, 5}};
        int[] gold = {1, 3, 0};
        CrfSgd crf = new CrfSgd(L, 6, 0.1, 1);
        double before = crf.lattice(feats).logLikelihood(gold);
        for (int k = 0; k < 20; k++) {
            crf.step(feats, gold, 0.3, 0.01);
        }
        assertThat(before).isCloseTo(-Math.log(countAllowedSequences()), within(1e-9));
        assertThat(crf.lattice(feats).logLikelihood(gold)).isGreaterThan(Math.log(0.9));
    }

    private static int countAllowedSequences() {
        int n = 0;
        for (int a = 0; a < L; a++) {
            for (int b = 0; b < L; b++) {
                for (int c = 0; c < L; c++) {
                    if (CharNerModel.allowedTransition(-1, a) && CharNerModel.allowedTransition(a, b)
                        && CharNerModel.allowedTransition(b, c) && CharNerModel.endsName(c)) {
                        n++;
                    }
                }
            }
        }
        return n;
    }
}
