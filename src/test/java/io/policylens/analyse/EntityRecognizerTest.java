package io.policylens.analyse;

import io.policylens.TestCorpus;
import io.policylens.text.Segmenter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The tagger and every rule after it, on a local news paragraph written for this test. */
class EntityRecognizerTest {

    private static final String TEXT = "本报讯 宁波市鄞州区科技局日前发布通知，支持宁波大学、中国科学院宁波材料技术与工程研究所等单位"
        + "共建“海洋装备检测中心”。鄞州区区长陈立新表示，企业落户鄞州将获得配套资金。在长三角一体化背景下，"
        + "海曙和江北也在加快建设研发平台。";

    private final EntityRecognizer recognizer = new EntityRecognizer(CharNerModel.bundled(), new PlaceResolver());
    private final List<Mention> mentions = recognizer.recognise(TEXT, new Segmenter(TestCorpus.hanlp()).segment(TEXT));

    @Test
    void namesAreWholeAndNoneHoldsAnotherOrAListComma() {
        assertThat(mentions).allSatisfy(m -> {
            assertThat(m.surface()).doesNotContain("、", "“", "”", "，");
            assertThat(m.surface().length()).isGreaterThanOrEqualTo(2);
            assertThat(mentions).noneMatch(o -> o != m && o.span().contains(m.span()) && !o.span().equals(m.span()));
        });
    }

    @Test
    void theRulesFindWhatThisKindOfTextNames() {
        assertThat(mentions).extracting(Mention::surface, Mention::type).contains(
            tuple("宁波大学", EntityType.ORG),
            tuple("海洋装备检测中心", EntityType.ORG),
            tuple("陈立新", EntityType.PER),
            tuple("长三角", EntityType.LOC),
            tuple("鄞州", EntityType.LOC));
    }

    @Test
    void aPersonAfterATitleIsWholeWhereTheTaggerAloneCutsHim() {
        String text = "浙江大学教授张明远在杭州会见了宁波市科技局局长陈立群。";
        var words = new Segmenter(TestCorpus.hanlp()).segment(text);
        assertThat(recognizer.recognise(text, words)).extracting(Mention::surface, Mention::type).containsExactly(
            tuple("浙江大学", EntityType.ORG), tuple("张明远", EntityType.PER), tuple("杭州", EntityType.LOC),
            tuple("宁波市科技局", EntityType.ORG), tuple("陈立群", EntityType.PER));
    }

    @Test
    void aNameInsideAnotherGoesAndNamesOfTheSameSpanStay() {
        java.util.Random random = new java.util.Random(16);
        for (int round = 0; round < 200; round++) {
            List<Mention> ms = new java.util.ArrayList<>();
            for (int k = random.nextInt(12); k > 0; k--) {
                int b = random.nextInt(20);
                int e = b + 1 + random.nextInt(6);
                ms.add(new Mention(new io.policylens.document.Span(b, e), "x", EntityType.values()[random.nextInt(3)], "x"));
            }
            List<Mention> expected = ms.stream().filter(m -> ms.stream().noneMatch(o -> o != m
                && o.span().contains(m.span()) && !o.span().equals(m.span()))).toList();
            assertThat(EntityRecognizer.outsideOthers(ms)).as(ms.toString()).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void crossingNamesOfOneTypeBecomeOneAndOfTwoTypesTheLongerStands() {
        String text = "青川省海南州格里市盐湖产业园区与星河科技集团签约。";
        List<Mention> found = List.of(Words.mention(text, "海南州格里市盐湖产业园", EntityType.LOC),
            Words.mention(text, "格里市盐湖产业园区", EntityType.LOC), Words.mention(text, "园区与星河", EntityType.PER),
            Words.mention(text, "星河科技集团", EntityType.ORG));
        assertThat(EntityRecognizer.withoutCrossings(text, found)).extracting(Mention::surface, Mention::type).containsExactly(
            tuple("海南州格里市盐湖产业园区", EntityType.LOC), tuple("星河科技集团", EntityType.ORG));
    }

    @Test
    void noMentionsCrossAfterCrossingsAreResolved() {
        java.util.Random random = new java.util.Random(7);
        String text = "x".repeat(40);
        for (int round = 0; round < 200; round++) {
            List<Mention> ms = new java.util.ArrayList<>();
            for (int k = random.nextInt(12); k > 0; k--) {
                int b = random.nextInt(20);
                ms.add(EntityRules.mention(text, b, b + 1 + random.nextInt(6), EntityType.values()[random.nextInt(3)]));
            }
            List<Mention> out = EntityRecognizer.withoutCrossings(text, ms);
            assertThat(out).as(ms.toString()).allSatisfy(a -> assertThat(out).noneMatch(b -> a.span().begin() < b.span().begin()
                && b.span().begin() < a.span().end() && a.span().end() < b.span().end()));
        }
    }
}
