package io.policylens.analyse;

import io.policylens.text.Token;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NerFeaturesTest {

    private static final List<Token> WORDS = List.of(new Token("张明远", 0, 3, "nr"), new Token("在", 3, 4, "p"),
        new Token("杭州", 4, 6, "ns"), new Token("。", 6, 7, "w"));

    private static long[] at(NerFeatures f, int i) {
        long[] out = new long[NerFeatures.TEMPLATES];
        f.features(i, out);
        return out;
    }

    @Test
    void eachCharacterKnowsWhereItStandsInItsWordAndWhatKindOfWordItIs() {
        // position (1 alone, 2 first, 3 inside, 4 last) × 8 + kind (1 person, 2 place, 7 punctuation, 0 other)
        assertThat(NerFeatures.wordShapes(7, WORDS)).containsExactly(2 * 8 + 1, 3 * 8 + 1, 4 * 8 + 1,
            1 * 8, 2 * 8 + 2, 4 * 8 + 2, 1 * 8 + 7);
    }

    @Test
    void withoutWordsTheWordTemplatesAreAbsentAndTheCharacterOnesUnchanged() {
        long[] withWords = at(NerFeatures.of("张明远在杭州。", WORDS), 4);
        long[] without = at(NerFeatures.of("张明远在杭州。", List.of()), 4);
        for (int t = 0; t < NerFeatures.TEMPLATES; t++) {
            assertThat(withWords[t]).as("template %d", t).isNotZero();
            if (t < 13) {
                assertThat(without[t]).as("template %d", t).isEqualTo(withWords[t]);
            } else {
                assertThat(without[t]).as("template %d", t).isZero();
            }
        }
    }

    @Test
    void theWordItselfAndItsNeighboursAreFeaturesOfEachOfItsCharacters() {
        // 杭 of 杭州 after 在 and before 。, in two sentences that differ only in the word before.
        NerFeatures a = NerFeatures.of("张明远在杭州。", WORDS);
        NerFeatures b = NerFeatures.of("张明远到杭州。", List.of(new Token("张明远", 0, 3, "nr"), new Token("到", 3, 4, "v"),
            new Token("杭州", 4, 6, "ns"), new Token("。", 6, 7, "w")));
        long[] fa = at(a, 4);
        long[] fb = at(b, 4);
        assertThat(fb[16]).as("the word 杭州").isEqualTo(fa[16]);
        assertThat(fb[18]).as("the word after").isEqualTo(fa[18]);
        assertThat(fb[17]).as("the word before: 在 or 到").isNotEqualTo(fa[17]);
        assertThat(at(a, 5)[16]).as("州 is in the same word, at another place").isNotEqualTo(fa[16]);
    }

    @Test
    void digitsAndLatinLettersAreReadAsTheirClassAndFullWidthAsHalfWidth() {
        assertThat(new String(NerFeatures.normalise("２０２５年Ａlpha研究院"))).isEqualTo("0000年aaaaa研究院");
        long[] a = at(NerFeatures.of("投入3亿元", List.of()), 2);
        long[] b = at(NerFeatures.of("投入７亿元", List.of()), 2);
        assertThat(a).containsExactly(b);
    }

    @Test
    void theTaggersHashedTemplatesAreTheTrainersAndItsTableTemplatesAreLeftAlone() {
        for (List<Token> words : List.of(WORDS, List.<Token>of())) {
            NerFeatures f = NerFeatures.of("张明远在杭州。", words);
            for (int i = 0; i < f.length(); i++) {
                long[] all = at(f, i);
                long[] hashed = new long[NerFeatures.TEMPLATES];
                java.util.Arrays.fill(hashed, -7);
                f.hashed(i, hashed);
                for (int t = 0; t < NerFeatures.TEMPLATES; t++) {
                    boolean table = t <= 5 || t == NerFeatures.CLASSES || words.size() > 0 && (t == NerFeatures.SHAPE
                        || t == NerFeatures.SHAPES);
                    assertThat(hashed[t]).as("template %d at %d", t, i).isEqualTo(table ? -7 : all[t]);
                }
            }
        }
    }

    @Test
    void plainCharactersAreNormalisedAsNfkcDoes() {
        int plain = 0;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            int mapped = NerFeatures.plainNfkc((char) c);
            if (mapped >= 0) {
                plain++;
                assertThat(String.valueOf((char) mapped)).as("U+%04X", c)
                    .isEqualTo(java.text.Normalizer.normalize(String.valueOf((char) c), java.text.Normalizer.Form.NFKC));
            }
        }
        assertThat(plain).isGreaterThan(20_000);
        // A sentence of plain characters alone is normalised; one with a character whose NFKC is longer (Ⅲ, ﬁ) is
        // kept as written, so that positions hold.
        assertThat(new String(NerFeatures.normalise("２０２５年，Ａｌｐｈａ研究院　投入3.5亿元（宁波）"))).isEqualTo("0000年,aaaaa研究院 投入0.0亿元(宁波)");
        assertThat(new String(NerFeatures.normalise("第Ⅲ期ＡＩ园区"))).isEqualTo("第Ⅲ期ＡＩ园区");
        assertThat(new String(NerFeatures.normalise("ﬁ号楼，Ａ座"))).isEqualTo("ﬁ号楼，Ａ座");
    }
}
