package io.policylens.analyse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextFingerprintTest {

    private static final String ARTICLE = "某市日前出台支持科技型中小企业发展的十条措施，从研发投入、人才引进、融资服务等方面加大支持力度。"
        + "措施提出，对年度研发投入增长超过20%的企业，按增量部分的10%给予奖励，单个企业最高200万元。"
        + "某市科技局有关负责人表示，今年全市将新培育科技型中小企业500家以上，推动创新资源向企业集聚。";

    @Test
    void theSameTextIsAnExactDuplicate() {
        assertThat(TextFingerprint.of(ARTICLE).textHash()).isEqualTo(TextFingerprint.of(ARTICLE).textHash());
    }

    @Test
    void punctuationAndASmallEditStayNear() {
        TextFingerprint a = TextFingerprint.of(ARTICLE);
        TextFingerprint punct = TextFingerprint.of(ARTICLE.replace("，", ",").replace("。", "."));
        TextFingerprint edit = TextFingerprint.of(ARTICLE.replace("500家以上", "600家以上"));
        assertThat(a.nearEnough()).isTrue();
        assertThat(a.isNear(punct.simhash())).isTrue();
        assertThat(a.isNear(edit.simhash())).isTrue();
        assertThat(a.textHash()).isNotEqualTo(edit.textHash());
    }

    @Test
    void anotherArticleIsFar() {
        TextFingerprint other = TextFingerprint.of("2024年末，上海绿色贷款余额达到1.32万亿元，同比增长28.4%。全年发行绿色债券560亿元，"
            + "占全国的比重约为12%。有关负责人表示，到2027年，上海绿色融资规模力争突破2万亿元，绿色保险持续扩面。");
        assertThat(TextFingerprint.of(ARTICLE).isNear(other.simhash())).isFalse();
        assertThat(Long.bitCount(TextFingerprint.of(ARTICLE).simhash() ^ other.simhash())).isGreaterThan(15);
        // The same template about another county and other figures is another document.
        TextFingerprint template = TextFingerprint.of("某县日前出台支持农业龙头企业发展的八条措施，从土地流转、品牌建设、融资服务等方面加大支持力度。"
            + "措施提出，对年度销售收入增长超过15%的企业，按增量部分的5%给予奖励，单个企业最高100万元。");
        assertThat(TextFingerprint.of(ARTICLE).isNear(template.simhash())).isFalse();
    }

    @Test
    void nearDuplicatesShareABand() {
        TextFingerprint a = TextFingerprint.of(ARTICLE);
        TextFingerprint edit = TextFingerprint.of(ARTICLE.replace("500家以上", "600家以上"));
        assertThat(a.bands()).hasSize(8).anySatisfy(b -> assertThat(edit.bands()).contains(b));
    }
}
