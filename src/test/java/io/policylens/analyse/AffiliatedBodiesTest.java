package io.policylens.analyse;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class AffiliatedBodiesTest {

    private final AffiliatedBodies affiliated = new AffiliatedBodies();

    @Test
    void aUniversitysHospitalOrSchoolTheTaggerStoppedShortOfIsOneBody() {
        String text = "洛州大学第二附属医院、江城大学附属中学和清华附中的师生，北方大学人民医院也参加。";
        var words = Words.of(text, "洛州/ns", "大学/n", "第二/m", "附属医院/n", "、/w", "江城/ns", "大学/n", "附属/v",
            "中学/n", "和/c", "清华/nz", "附中/n", "的/u", "师生/n", "，/w", "北方/f", "大学/n", "人民医院/n", "也/d", "参加/v", "。/w");
        List<Mention> found = List.of(Words.mention(text, "洛州大学", EntityType.ORG), Words.mention(text, "江城大学", EntityType.ORG),
            Words.mention(text, "清华", EntityType.ORG), Words.mention(text, "北方大学", EntityType.ORG));
        assertThat(affiliated.apply(text, found, words)).extracting(Mention::surface, Mention::type).containsExactly(
            tuple("洛州大学第二附属医院", EntityType.ORG), tuple("江城大学附属中学", EntityType.ORG), tuple("清华附中", EntityType.ORG),
            tuple("北方大学人民医院", EntityType.ORG));
    }

    @Test
    void notWhereTheHospitalsWordOpensALongerWordOrNoUniversityStandsBefore() {
        String text = "洛州大学医院管理研究院与洛州市第一医院合作。";
        var words = Words.of(text, "洛州/ns", "大学/n", "医院管理/n", "研究院/nis", "与/c", "洛州市/ns", "第一/m", "医院/n",
            "合作/v", "。/w");
        List<Mention> found = List.of(Words.mention(text, "洛州大学", EntityType.ORG), Words.mention(text, "洛州市", EntityType.LOC));
        assertThat(affiliated.apply(text, found, words)).extracting(Mention::surface).containsExactly("洛州大学", "洛州市");
    }
}
