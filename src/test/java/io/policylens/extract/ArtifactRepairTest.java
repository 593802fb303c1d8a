package io.policylens.extract;

import io.policylens.text.ChineseConverter;

import io.policylens.TestCorpus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArtifactRepairTest {

    private final ArtifactRepair repair = new ArtifactRepair(ChineseConverter.opencc());

    @Test
    void pinyinAnnotationsGoOnlyWhereTheyAreAReadingOfTheCharacter() {
        ArtifactRepair.Repaired r = repair.repair("打造更高水平的創(chuàng)新活力之城，激發(fā)更強(qiáng)內(nèi)生動(dòng)力");
        assertThat(r.text()).isEqualTo("打造更高水平的創新活力之城，激發更強內生動力");
        assertThat(r.flags()).contains("pinyin_annotated");
        // Not readings of the character before: kept.
        assertThat(repair.repair("蘇州(中國)的手機(app)").text()).isEqualTo("蘇州(中國)的手機(app)");
        assertThat(repair.repair("長(zhǎng)期與長(cháng)度").text()).isEqualTo("長期與長度");
        assertThat(repair.repair("綠(lǜ)色").text()).isEqualTo("綠色");
    }

    @Test
    void aFewQuotedSyllablesAreNotAnAnnotatedPage() {
        ArtifactRepair.Repaired r = repair.repair("所謂“創(chuàng)”字");
        assertThat(r.text()).isEqualTo("所謂“創”字");
        assertThat(r.flags()).doesNotContain("pinyin_annotated");
    }

    @Test
    void seoSubstitutionsFromTheTableExceptInGenuineWords() {
        ArtifactRepair.Repaired r = repair.repair("听到蕞多的是这句话，蕞尔小国也不例外，蕞爾之地。");
        assertThat(r.text()).isEqualTo("听到最多的是这句话，蕞尔小国也不例外，蕞爾之地。");
        assertThat(r.flags()).containsExactly("seo_substitution");
        assertThat(repair.repair("蕞尔小国").flags()).isEmpty();
    }

    @Test
    void censoredRunsStayAndAreFlagged() {
        ArtifactRepair.Repaired r = repair.repair("据******介绍，开发区服务******企业。");
        assertThat(r.text()).isEqualTo("据******介绍，开发区服务******企业。");
        assertThat(r.flags()).containsExactly("censored");
        assertThat(repair.repair("3*4=12").flags()).isEmpty();
    }
}
