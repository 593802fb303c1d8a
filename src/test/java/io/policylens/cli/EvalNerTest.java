package io.policylens.cli;

import io.policylens.tools.train.BioCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code eval --ner}: the tagger alone, or the pipeline (tagger and rules), on BIO data written here. */
class EvalNerTest {

    private static BioCorpus.Sentence sentence(String text, String... entities) {
        List<String> labels = new ArrayList<>(java.util.Collections.nCopies(text.length(), "O"));
        for (String e : entities) {
            String[] p = e.split(":");
            int b = text.indexOf(p[1]);
            for (int i = b; i < b + p[1].length(); i++) {
                labels.set(i, (i == b ? "B-" : "I-") + p[0]);
            }
        }
        return new BioCorpus.Sentence(text, labels);
    }

    private static String run(String... args) {
        PrintStream before = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.commandLine().execute(args)).isZero();
        } finally {
            System.setOut(before);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void thePipelineIsScoredAndWrittenLikeTheTagger(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("gold.bio");
        BioCorpus.write(List.of(sentence("鄞州区区长陈立新说，宁波大学将参与建设。", "LOC:鄞州区", "PER:陈立新", "ORG:宁波大学"),
            sentence("一季度全市经济平稳运行。")), data);
        assertThat(BioCorpus.read(data)).hasSize(2);

        Path predicted = dir.resolve("predicted.bio");
        String report = run("eval", "--ner", data.toString(), "--pipeline", "--out", predicted.toString());
        assertThat(report).contains("2 sentences").containsPattern("ALL +P [01]\\.\\d{4} +R [01]\\.\\d{4} +F1 [01]\\.\\d{4}");
        List<BioCorpus.Sentence> out = BioCorpus.read(predicted);
        assertThat(out.get(0).text()).isEqualTo("鄞州区区长陈立新说，宁波大学将参与建设。");
        assertThat(out.get(0).labels().subList(5, 8)).containsExactly("B-PER", "I-PER", "I-PER");
        assertThat(out.get(1).labels()).containsOnly("O");

        assertThat(run("eval", "--ner", data.toString())).contains("2 sentences").contains("ALL");
    }
}
