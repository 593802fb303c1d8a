package io.policylens.analyse;

import io.policylens.text.Token;

import io.policylens.TestCorpus;
import io.policylens.document.SourceRef;
import io.policylens.extract.CleanDocument;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AnalyserTest {

    @Test
    void groupsMentionsIntoEntitiesWithCountsAndSpans() {
        String text = "上海绿色贷款增长。上海发行债券560亿元。";
        SourceRef src = new SourceRef("file:///t", "t");
        CleanDocument clean = CleanDocument.ofText(src, "上海金融", text);
        AnalysedDocument doc = new Analyser(TestCorpus.hanlp()).analyse(clean);
        EntitySummary shanghai = doc.entities().stream().filter(e -> e.text().equals("上海")).findFirst().orElseThrow();
        assertThat(shanghai.type()).isEqualTo(EntityType.LOC);
        assertThat(shanghai.count()).isEqualTo(2);
        assertThat(shanghai.spans()).extracting(s -> s.of(text)).containsOnly("上海");
        assertThat(doc.indicators()).extracting(Indicator::value).containsExactly(5.6e10);
        assertThat(doc.titleTokens()).extracting(Token::text).containsExactly("上海", "金融");
    }

    @Test
    void namesFoundByTheTaggerAreWholeWords() {
        String text = "浙江大学教授张明远在杭州会见宁波市科技局局长陈立群。";
        List<Token> tokens = List.of(new Token("浙江", 0, 2, "ns"), new Token("大学", 2, 4, "n"), new Token("教授", 4, 6, "n"),
            new Token("张", 6, 7, "nr"), new Token("明远在", 7, 10, "x"), new Token("杭州", 10, 12, "ns"));
        List<Mention> names = List.of(new Mention(new io.policylens.document.Span(0, 4), "浙江大学", EntityType.ORG, "浙江大学"),
            new Mention(new io.policylens.document.Span(6, 9), "张明远", EntityType.PER, "张明远"));
        assertThat(Analyser.withNamesWhole(tokens, names, text)).extracting(Token::text)
            .containsExactly("浙江大学", "教授", "张明远", "在", "杭州");
    }

    @Test
    void aDocumentThatNamesOnlyBodiesIsPlacedByTheirNames() {
        String text = "深圳市科技创新局近日印发通知，明确今年的资助安排。通知由深圳市人民政府办公厅转发各单位执行。";
        AnalysedDocument doc = analysed("资助安排", text);
        assertThat(doc.places().values()).extracting(Division::province).contains("广东省");
        assertThat(doc.places().values()).extracting(Division::city).contains("深圳市");
    }

    @Test
    void aDocumentThatNamesOnlyAZoneIsPlacedByItsName() {
        String text = "南昌高新技术产业开发区近日出台措施，对入驻企业给予房租减免，园区内企业可在线申报。";
        AnalysedDocument doc = analysed("园区新政", text);
        assertThat(doc.entities()).extracting(EntitySummary::text).contains("南昌高新技术产业开发区");
        assertThat(doc.places().values()).extracting(Division::city).containsExactly("南昌市");
    }

    @Test
    void namesInsideACitedTitleAreNotTheDocumentsEntitiesButStillPlaceIt() {
        String text = "近日，有关部门印发《绍兴市促进集成电路产业发展若干政策》，据《光明日报》报道，政策自发布之日起施行。";
        AnalysedDocument doc = analysed("产业政策", text);
        assertThat(doc.entities()).extracting(EntitySummary::text).doesNotContain("绍兴市");
        assertThat(doc.places().values()).extracting(Division::city).containsExactly("绍兴市");
    }

    private static AnalysedDocument analysed(String title, String text) {
        return new Analyser(TestCorpus.hanlp()).analyse(CleanDocument.ofText(new SourceRef("file:///t", "t"), title, text));
    }
}
