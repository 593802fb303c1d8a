package io.policylens.tools.train;

import io.policylens.analyse.CharNerModel;
import io.policylens.text.Segmenter;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CharNerTrainerTest {

    private static final Segmenter SEGMENTER = new Segmenter(io.policylens.TestCorpus.hanlp());

    /** Sixty sentences: a person went to a place, each labelled. */
    private static List<BioCorpus.Sentence> toy() {
        String[] people = {"张三", "李四", "王五", "赵六", "孙七", "周八"};
        String[] places = {"上海", "北京", "杭州", "南京", "广州", "成都"};
        List<BioCorpus.Sentence> out = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String s = people[i % people.length] + "昨天去了" + places[(i * 5) % places.length] + "。";
            List<String> labels = new ArrayList<>();
            for (int k = 0; k < s.length(); k++) {
                labels.add(k < 2 ? (k == 0 ? "B-PER" : "I-PER") : k >= 6 && k < 8 ? (k == 6 ? "B-LOC" : "I-LOC") : "O");
            }
            out.add(new BioCorpus.Sentence(s, labels));
        }
        return out;
    }

    @Test
    void trainingLearnsFromBioDataAndTheModelRoundTrips() throws IOException {
        List<BioCorpus.Sentence> data = toy();
        CharNerModel model = new CharNerTrainer(5, 1, 1, 0.1, 0, 0, 1).train(data, List.of(), SEGMENTER::segment, m -> { });
        assertThat(CharNerTrainer.evaluate(model, data, SEGMENTER::segment).f1("ALL")).isGreaterThan(0.99);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        CharNerModel back = CharNerModel.read(new ByteArrayInputStream(out.toByteArray()));
        String sentence = "李四昨天去了成都。";
        assertThat(back.labels(sentence, SEGMENTER.segment(sentence)))
            .isEqualTo(model.labels(sentence, SEGMENTER.segment(sentence)))
            .containsExactly("B-PER", "I-PER", "O", "O", "O", "O", "B-LOC", "I-LOC", "O");
    }

    @Test
    void theSameSeedTrainsTheSameModelAndPruningKeepsOnlyTheWeightyFeatures() {
        List<BioCorpus.Sentence> data = toy();
        List<String> log = new ArrayList<>();
        CharNerModel a = new CharNerTrainer(3, 1, 1, 0.1, 0, 0.3, 2).train(data, data.subList(0, 6), SEGMENTER::segment, log::add);
        CharNerModel b = new CharNerTrainer(3, 1, 1, 0.1, 0, 0.3, 2).train(data, List.of(), SEGMENTER::segment, m -> { });
        CharNerModel pruned = new CharNerTrainer(3, 1, 1, 0.1, 0.2, 0.3, 2).train(data, List.of(), SEGMENTER::segment, m -> { });
        assertThat(b.features()).isEqualTo(a.features());
        assertThat(pruned.features()).isPositive().isLessThan(a.features());
        assertThat(log).anySatisfy(line -> assertThat(line).startsWith("run 2/2, pass 3: dev F1"));
    }
}
