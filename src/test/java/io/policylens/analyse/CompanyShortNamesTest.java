package io.policylens.analyse;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CompanyShortNamesTest {

    private final CompanyShortNames names = new CompanyShortNames();

    @Test
    void aTradeNameAndAnIndustryWordBeforeWhatCompaniesDoAreACompany() {
        String text = "此外，岚丰电子预计全年营收增长，昨日，宸曜科技宣布完成融资，公司与嘉恒股份签署协议。";
        var words = Words.of(text, "此外/c", "，/w", "岚/nz", "丰/ag", "电子/n", "预计/v", "全年/n", "营收/nz", "增长/v", "，/w",
            "昨日/t", "，/w", "宸/ng", "曜/g", "科技/n", "宣布/v", "完成/v", "融资/vn", "，/w", "公司/nis", "与/cc", "嘉/b", "恒/ag",
            "股份/n", "签署/v", "协议/n", "。/w");
        List<Mention> found = List.of(Words.mention(text, "岚丰", EntityType.PER));
        assertThat(names.apply(text, found, words)).extracting(Mention::surface, Mention::type).containsExactly(
            tuple("岚丰电子", EntityType.ORG), tuple("宸曜科技", EntityType.ORG), tuple("嘉恒股份", EntityType.ORG));
    }

    @Test
    void aFieldACommonWordOrAnAttributeBeforeTheIndustryWordMakesNoCompany() {
        String text = "生物医药预计领跑，新型储能计划扩容，网联汽车与交通协同，高端装备宣布突破。";
        var words = Words.of(text, "生物/n", "医药/n", "预计/v", "领跑/v", "，/w", "新型/b", "储能/vn", "计划/n", "扩容/vi", "，/w",
            "网/n", "联/vg", "汽车/n", "与/cc", "交通/n", "协同/vd", "，/w", "高端/b", "装备/n", "宣布/v", "突破/v", "。/w");
        assertThat(names.apply(text, List.of(), words)).isEmpty();
    }

    @Test
    void aTradeNameThatMayBeATermNeedsWhatOnlyCompaniesDo() {
        String text = "闪存技术实现突破，高新技术完成备案，振岚科技发布公告。";
        var words = Words.of(text, "闪存/nz", "技术/n", "实现/v", "突破/vn", "，/w", "高新/j", "技术/n", "完成/v", "备案/vn", "，/w",
            "振岚/nz", "科技/n", "发布/v", "公告/n", "。/w");
        assertThat(names.apply(text, List.of(), words)).extracting(Mention::surface).containsExactly("振岚科技");
    }

    @Test
    void aShortNameNeverCutsAWordNorNamesWhatNoCompanyActionFollows() {
        String text = "星河科技园区预计开园，星河科技的发展。";
        var words = Words.of(text, "星河/nz", "科技园区/n", "预计/v", "开园/vi", "，/w", "星/n", "河/n", "科技/n", "的/ude1", "发展/vn",
            "。/w");
        assertThat(names.apply(text, List.of(), words)).isEmpty();
    }
}
