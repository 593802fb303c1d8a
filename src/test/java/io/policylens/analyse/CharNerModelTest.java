package io.policylens.analyse;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

class CharNerModelTest {

    private static final CharNerModel BUNDLED = CharNerModel.bundled();
    private static final io.policylens.text.Segmenter SEGMENTER =
        new io.policylens.text.Segmenter(io.policylens.TestCorpus.hanlp());

    /** Tagged as the analyser tags: with the segmenter's words. */
    private static List<Mention> tag(String text) {
        return BUNDLED.tag(text, SEGMENTER.segment(text));
    }

    @Test
    void theShippedModelFindsPersonsPlacesAndOrganisationsWithExactSpans() {
        // The tagger alone; 张明远 of 张明远在 (cut 张/明/远在 by the segmenter) is made whole by a rule after it
        // (EntityRecognizerTest).
        String text = "浙江大学教授张明远昨天在杭州会见了宁波市科技局局长陈立群。";
        List<Mention> m = tag(text);
        assertThat(m).extracting(Mention::surface, Mention::type).contains(
            tuple("浙江大学", EntityType.ORG), tuple("张明远", EntityType.PER), tuple("杭州", EntityType.LOC),
            tuple("宁波市科技局", EntityType.ORG), tuple("陈立群", EntityType.PER));
        for (Mention x : m) {
            assertThat(x.span().of(text)).isEqualTo(x.surface());
        }
    }

    @Test
    void nestedNamesCountOnceInFull() {
        List<Mention> m = tag("浙江申发轴瓦股份有限公司昨日发布公告。");
        assertThat(m).extracting(Mention::surface).contains("浙江申发轴瓦股份有限公司").doesNotContain("浙江");
    }

    @Test
    void scoresAreTheSumOfEachFeaturesWeights() {
        // scores() reads the one-character and shape features from tables built at load time and adds whole steps;
        // the sums must be those of every feature's weights looked up by its key.
        String text = "2025年，浙江省Alpha研究院（宁波）投入3.5亿元，张明远说：好！";
        NerFeatures features = NerFeatures.of(text, SEGMENTER.segment(text));
        float[] fast = BUNDLED.scores(features);
        long[] f = new long[NerFeatures.TEMPLATES];
        int featuresFound = 0;
        for (int i = 0; i < features.length(); i++) {
            features.features(i, f);
            float[] expected = new float[CharNerModel.L];
            for (long key : f) {
                if (key == 0) {
                    continue;
                }
                float[] w = BUNDLED.weightsOf(key);
                if (w != null) {
                    featuresFound++;
                    for (int y = 0; y < CharNerModel.L; y++) {
                        expected[y] += w[y];
                    }
                }
            }
            for (int y = 0; y < CharNerModel.L; y++) {
                assertThat(fast[i * CharNerModel.L + y]).as("position %d, label %d", i, y)
                    .isCloseTo(expected[y], within(1e-4f));
            }
        }
        assertThat(featuresFound).isGreaterThan(features.length() * 5);
    }

    @Test
    void aFeaturesScaleIsTheSmallestAtWhichItsLargestWeightFitsAByte() {
        for (int largest = 0; largest <= 65_534; largest++) {
            int smallest = 0;
            while (largest > Byte.MAX_VALUE * Math.pow(2, smallest / 16.0)) {
                smallest++;
            }
            assertThat(CharNerModel.scaleFor(largest)).as("largest %d", largest).isEqualTo(smallest);
        }
    }

    @Test
    void viterbiNeverStartsOrContinuesAnEntityWrongly() {
        int o = 0, bPer = 1, iPer = 2, ePer = 3, sPer = 4, bLoc = 5, iLoc = 6, eLoc = 7, bOrg = 9;
        assertThat(CharNerModel.allowed(-1, iPer)).isFalse();
        assertThat(CharNerModel.allowed(-1, ePer)).isFalse();
        assertThat(CharNerModel.allowed(o, iLoc)).isFalse();
        assertThat(CharNerModel.allowed(bLoc, iLoc)).isTrue();
        assertThat(CharNerModel.allowed(iLoc, eLoc)).isTrue();
        assertThat(CharNerModel.allowed(bPer, iLoc)).isFalse();
        assertThat(CharNerModel.allowed(iPer, o)).as("a name ends on E-, not by running into O").isFalse();
        assertThat(CharNerModel.allowed(bPer, sPer)).isFalse();
        assertThat(CharNerModel.allowed(ePer, bOrg)).isTrue();
        assertThat(CharNerModel.allowed(sPer, sPer)).isTrue();
        assertThat(CharNerModel.ends(bOrg)).isFalse();
        assertThat(CharNerModel.ends(eLoc)).isTrue();
    }

    @Test
    void viterbiFindsWhatTryingEveryAllowedPairFinds() {
        java.util.Random r = new java.util.Random(3);
        int n = 40;
        int L = CharNerModel.L;
        for (int round = 0; round < 50; round++) {
            float[] em = new float[n * L];
            float[] trans = new float[L * L];
            for (int k = 0; k < em.length; k++) {
                em[k] = (float) r.nextGaussian();
            }
            for (int k = 0; k < trans.length; k++) {
                trans[k] = (float) r.nextGaussian();
            }
            assertThat(CharNerModel.viterbi(em, n, trans)).containsExactly(everyPair(em, n, trans));
        }
    }

    /** Viterbi over all 169 label pairs, a forbidden one scoring minus infinity. */
    private static int[] everyPair(float[] em, int n, float[] trans) {
        int L = CharNerModel.L;
        float[][] best = new float[n][L];
        int[][] back = new int[n][L];
        for (int y = 0; y < L; y++) {
            best[0][y] = CharNerModel.allowed(-1, y) ? em[y] : Float.NEGATIVE_INFINITY;
        }
        for (int i = 1; i < n; i++) {
            for (int y = 0; y < L; y++) {
                best[i][y] = Float.NEGATIVE_INFINITY;
                for (int p = 0; p < L; p++) {
                    float v = CharNerModel.allowed(p, y) ? best[i - 1][p] + trans[p * L + y] : Float.NEGATIVE_INFINITY;
                    if (v > best[i][y]) {
                        best[i][y] = v;
                        back[i][y] = p;
                    }
                }
                best[i][y] += em[i * L + y];
            }
        }
        int y = 0;
        for (int k = 1; k < L; k++) {
            if (CharNerModel.ends(k) && best[n - 1][k] > best[n - 1][y]) {
                y = k;
            }
        }
        int[] out = new int[n];
        for (int i = n - 1; i >= 0; i--) {
            out[i] = y;
            y = back[i][y];
        }
        return out;
    }

    @Test
    void bioDataIsEncodedAsBioesAndDecodedLabelsAreWrittenBackAsBio() {
        List<String> bio = List.of("B-PER", "I-PER", "I-PER", "O", "B-LOC", "O", "I-ORG", "I-ORG");
        int[] encoded = CharNerModel.encode(bio);
        assertThat(java.util.Arrays.stream(encoded).mapToObj(y -> CharNerModel.LABELS[y]))
            .containsExactly("B-PER", "I-PER", "E-PER", "O", "S-LOC", "O", "B-ORG", "E-ORG");
        assertThat(CharNerModel.labelNames(encoded))
            .containsExactly("B-PER", "I-PER", "I-PER", "O", "B-LOC", "O", "B-ORG", "I-ORG");
    }

    @Test
    void aWrittenModelReadsBackTheSame() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BUNDLED.write(out);
        CharNerModel back = CharNerModel.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(back.features()).isEqualTo(BUNDLED.features());
        String text = "宁波市科技局局长陈立群昨天在杭州会见了浙江大学的代表。";
        var words = SEGMENTER.segment(text);
        assertThat(back.scores(NerFeatures.of(text, words))).containsExactly(BUNDLED.scores(NerFeatures.of(text, words)));
        assertThat(back.labels(text, words)).isEqualTo(BUNDLED.labels(text, words));
        assertThatThrownBy(() -> CharNerModel.read(new ByteArrayInputStream(gzip(new byte[] {1, 2, 3, 4}))))
            .hasMessageContaining("not a PolicyLens NER model");
    }

    private static byte[] gzip(byte[] raw) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var gz = new java.util.zip.GZIPOutputStream(out)) {
            gz.write(raw);
        }
        return out.toByteArray();
    }
}
