package io.policylens.analyse;

import io.policylens.document.Span;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class EntityRulesTest {

    private final EntityRules rules = new EntityRules(Set.of("南山区", "顺德区", "成都市", "深圳市"));

    private static Mention m(String text, String surface, EntityType type) {
        int b = text.indexOf(surface);
        return new Mention(new Span(b, b + surface.length()), surface, type, surface);
    }

    @Test
    void aPlaceCutBeforeItsSuffixIsCompleted() {
        String text = "南山区将建设人工智能创新街区。";
        assertThat(rules.apply(text, List.of(m(text, "南山", EntityType.LOC))))
            .extracting(Mention::surface, Mention::type).containsExactly(tuple("南山区", EntityType.LOC));
    }

    @Test
    void zonesAreWhole() {
        String text = "在南太湖新区，研究院集聚人才。";
        assertThat(rules.apply(text, List.of(m(text, "南太湖", EntityType.LOC)))).extracting(Mention::surface)
            .containsExactly("南太湖新区");
    }

    @Test
    void organisationsJoinedByHeAreOneName() {
        String text = "由成都市科学技术局会同成都市人力资源和社会保障局负责实施。";
        List<Mention> found = List.of(m(text, "成都市科学技术局", EntityType.ORG),
            new Mention(new Span(11, 14), "成都市", EntityType.LOC, "成都市"), m(text, "社会保障局", EntityType.ORG));
        assertThat(rules.apply(text, found)).extracting(Mention::surface, Mention::type).containsExactly(
            tuple("成都市科学技术局", EntityType.ORG), tuple("成都市人力资源和社会保障局", EntityType.ORG));
    }

    @Test
    void divisionsTheTaggerMissedAreAddedWithoutOverlaps() {
        String text = "顺德区企业代表介绍经验，深圳市科技创新局表示支持。";
        List<Mention> out = rules.apply(text, List.of(m(text, "深圳市科技创新局", EntityType.ORG)));
        assertThat(out).extracting(Mention::surface).containsExactly("顺德区", "深圳市科技创新局");
    }

    @Test
    void aPlaceOrBodyRightBeforeABodyIsPartOfItsName() {
        String text = "深圳市科技创新局和中国人民银行常德市中心支行联合发文。";
        List<Mention> found = List.of(m(text, "深圳市", EntityType.LOC), m(text, "科技创新局", EntityType.ORG),
            m(text, "中国人民银行", EntityType.ORG), m(text, "常德市中心支行", EntityType.ORG));
        assertThat(rules.apply(text, found)).extracting(Mention::surface, Mention::type).containsExactly(
            tuple("深圳市科技创新局", EntityType.ORG), tuple("中国人民银行常德市中心支行", EntityType.ORG));
        // a list keeps its parts: 、 stands between them
        String list = "深圳市、科技创新局";
        assertThat(rules.apply(list, List.of(m(list, "深圳市", EntityType.LOC), m(list, "科技创新局", EntityType.ORG))))
            .hasSize(2);
    }

    @Test
    void bareSuffixWordsAndSingleCharactersAreNoNames() {
        String text = "公司与研究院、省委和创新团队，由张负责。";
        List<Mention> found = List.of(m(text, "公司", EntityType.ORG), m(text, "研究院", EntityType.ORG),
            m(text, "省委", EntityType.ORG), m(text, "创新团队", EntityType.ORG), m(text, "张", EntityType.PER));
        assertThat(rules.apply(text, found)).isEmpty();
    }
}
