package io.policylens.analyse;

import io.policylens.tools.train.BioCorpus;
import io.policylens.tools.train.CharNerTrainer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
        String text = "浙江大学教授张明远在杭州会见了宁波市科技局局长陈立群。";
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
    void scoresAreTheSumOfEachFeaturesWeightsToTheLastBit() {
        // scores() reads the one-character features from tables built at load time; the sums must not change.
        String text = "2025年，浙江省Alpha研究院（宁波）投入3.5亿元，张明远说：好！";
        char[] chars = CharNerModel.normalise(text);
        byte[] shapes = CharNerModel.wordShapes(text.length(), SEGMENTER.segment(text));
        float[][] fast = BUNDLED.scores(chars, shapes);
        long[] f = new long[CharNerModel.TEMPLATES];
        int featuresFound = 0;
        for (int i = 0; i < chars.length; i++) {
            CharNerModel.features(chars, shapes, i, f);
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
            assertThat(fast[i]).as("position %d", i).containsExactly(expected);
        }
        assertThat(featuresFound).isGreaterThan(chars.length * 5);
    }

    @Test
    void viterbiNeverStartsOrContinuesAnEntityWrongly() {
        assertThat(CharNerModel.allowed(-1, 2)).isFalse();
        assertThat(CharNerModel.allowed(0, 4)).isFalse();
        assertThat(CharNerModel.allowed(3, 4)).isTrue();
        assertThat(CharNerModel.allowed(1, 4)).isFalse();
    }

    @Test
    void trainingLearnsFromBioDataAndTheModelRoundTrips(@TempDir Path dir) throws IOException {
        StringBuilder bio = new StringBuilder();
        String[] people = {"张三", "李四", "王五", "赵六", "孙七", "周八"};
        String[] places = {"上海", "北京", "杭州", "南京", "广州", "成都"};
        for (int i = 0; i < 60; i++) {
            String who = people[i % people.length];
            String where = places[(i * 5) % places.length];
            String s = who + "昨天去了" + where + "。";
            for (int k = 0; k < s.length(); k++) {
                String label = k < 2 ? (k == 0 ? "B-PER" : "I-PER")
                    : (k >= 6 && k < 8 ? (k == 6 ? "B-LOC" : "I-LOC") : "O");
                bio.append(s.charAt(k)).append('\t').append(label).append('\n');
            }
            bio.append('\n');
        }
        Path file = Files.writeString(dir.resolve("toy.bio"), bio);
        List<BioCorpus.Sentence> data = BioCorpus.read(file);
        assertThat(data).hasSize(60);
        CharNerModel model = new CharNerTrainer(5, 1, 1).train(data, List.of(), SEGMENTER::segment, m -> { });
        assertThat(CharNerTrainer.evaluate(model, data, SEGMENTER::segment).f1("ALL")).isGreaterThan(0.99);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        CharNerModel back = CharNerModel.read(new ByteArrayInputStream(out.toByteArray()));
        String sentence = "李四昨天去了成都。";
        assertThat(back.labels(sentence, SEGMENTER.segment(sentence))).isEqualTo(model.labels(sentence, SEGMENTER.segment(sentence)))
            .containsExactly("B-PER", "I-PER", "O", "O", "O", "O", "B-LOC", "I-LOC", "O");
    }

    @Test
    void bioReadingRepairsAnInsideAfterOutside(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("x.bio"), "在\tO\n上\tI-LOC\n海\tI-LOC\n\n");
        BioCorpus.Sentence s = BioCorpus.read(f).get(0);
        assertThat(s.labels()).containsExactly("O", "B-LOC", "I-LOC");
        assertThat(io.policylens.analyse.BioLabels.entities(s.labels())).containsExactly("LOC:1:3");
        List<String> labels = new ArrayList<>(List.of("B-ORG", "I-ORG", "B-ORG"));
        assertThat(io.policylens.analyse.BioLabels.entities(labels)).containsExactly("ORG:0:2", "ORG:2:3");
    }

    @Test
    void eachCharacterKnowsWhereItStandsInItsWordAndWhatKindOfWordItIs() {
        String text = "张明远在杭州。";
        List<io.policylens.text.Token> words = List.of(new io.policylens.text.Token("张明远", 0, 3, "nr"),
            new io.policylens.text.Token("在", 3, 4, "p"), new io.policylens.text.Token("杭州", 4, 6, "ns"),
            new io.policylens.text.Token("。", 6, 7, "w"));
        // position (1 alone, 2 first, 3 inside, 4 last) × 8 + kind (1 person, 2 place, 7 punctuation, 0 other)
        assertThat(CharNerModel.wordShapes(text.length(), words)).containsExactly(2 * 8 + 1, 3 * 8 + 1, 4 * 8 + 1,
            1 * 8, 2 * 8 + 2, 4 * 8 + 2, 1 * 8 + 7);
    }
}
