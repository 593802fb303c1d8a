package io.policylens.tools.train;

import io.policylens.analyse.BioLabels;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NameSwapTest {

    /** A sentence with its names marked [ORG:…] in the text. */
    private static BioCorpus.Sentence s(String marked) {
        StringBuilder text = new StringBuilder();
        List<String> labels = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\[(PER|LOC|ORG):([^\\]]+)]|(.)").matcher(marked);
        while (m.find()) {
            if (m.group(3) != null) {
                text.append(m.group(3));
                labels.add("O");
            } else {
                text.append(m.group(2));
                for (int i = 0; i < m.group(2).length(); i++) {
                    labels.add((i == 0 ? "B-" : "I-") + m.group(1));
                }
            }
        }
        return new BioCorpus.Sentence(text.toString(), labels);
    }

    private static List<String> names(BioCorpus.Sentence s, String type) {
        return BioLabels.entities(s.labels()).stream().filter(e -> e.startsWith(type + ":")).map(e -> {
            String[] p = e.split(":");
            return s.text().substring(Integer.parseInt(p[1]), Integer.parseInt(p[2]));
        }).toList();
    }

    @Test
    void copiesKeepTheirContextsAndTakeOtherNamesOfTheSameType() {
        List<BioCorpus.Sentence> train = List.of(
            s("[ORG:江南造船厂]与[ORG:华东理工大学]签约，[PER:李明]出席。"),
            s("[LOC:宁波]的[ORG:海天集团]发布公告称，[PER:王芳]任总裁。"),
            s("今天没有名字。"),
            s("[PER:张伟]访问了[LOC:西安]。"));
        List<BioCorpus.Sentence> out = new NameSwap(1.0, 3).augment(train);

        assertThat(out.subList(0, 4)).isEqualTo(train);
        assertThat(out).hasSize(7); // the sentence without names has no copy
        for (BioCorpus.Sentence copy : out.subList(4, 7)) {
            assertThat(copy.labels()).hasSize(copy.text().length());
            assertThat(names(copy, "ORG")).allMatch(n -> List.of("江南造船厂", "华东理工大学", "海天集团").contains(n));
            assertThat(names(copy, "PER")).allMatch(n -> List.of("李明", "王芳", "张伟").contains(n));
            assertThat(names(copy, "LOC")).allMatch(n -> List.of("宁波", "西安").contains(n));
        }
        BioCorpus.Sentence second = out.get(5);
        assertThat(second.text()).contains("的").contains("发布公告称，").endsWith("任总裁。");
        assertThat(names(second, "LOC")).hasSize(1);
        assertThat(names(second, "ORG")).hasSize(1);
        assertThat(names(second, "PER")).hasSize(1);

        assertThat(new NameSwap(1.0, 3).augment(train)).as("deterministic for a seed").isEqualTo(out);
        assertThat(new NameSwap(0, 3).augment(train)).isEqualTo(train);
        assertThatThrownBy(() -> new NameSwap(1.5, 3)).hasMessageContaining("between 0 and 1");
    }

    @Test
    void namesInLatinLettersStayWhereTheyWereWritten() {
        List<BioCorpus.Sentence> train = new ArrayList<>(List.of(
            s("[ORG:IBM]与[ORG:江南造船厂]签约。"),
            s("[ORG:OpenAI]发布新模型。")));
        for (String name : List.of("华东理工大学", "海天集团", "南方航空公司", "西北工业大学", "长江水利委员会")) {
            train.add(s("[ORG:" + name + "]发布公告称，[ORG:江南造船厂]中标。"));
        }
        List<BioCorpus.Sentence> out = new NameSwap(1.0, 5).augment(train);
        List<BioCorpus.Sentence> copies = out.subList(train.size(), out.size());
        assertThat(copies).isNotEmpty().noneMatch(train::contains).noneMatch(c -> c.text().contains("OpenAI"))
            .as("IBM stays in its own sentence, and goes into no other").allMatch(c -> !c.text().contains("IBM")
                || c.text().startsWith("IBM与") && names(c, "ORG").get(0).equals("IBM"));
    }

    @Test
    void aShareOfTheSentencesGetsACopy() {
        List<BioCorpus.Sentence> train = new ArrayList<>();
        String digits = "零一二三四五六七八九";
        for (int i = 0; i < 400; i++) {
            String n = "" + digits.charAt(i / 100) + digits.charAt(i / 10 % 10) + digits.charAt(i % 10);
            train.add(s("[ORG:第" + n + "工程局]在[LOC:第" + n + "号地块]施工。"));
        }
        int copies = new NameSwap(0.5, 7).augment(train).size() - train.size();
        assertThat(copies).isBetween(160, 240);
    }
}
