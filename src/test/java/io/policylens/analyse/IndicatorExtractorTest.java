package io.policylens.analyse;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class IndicatorExtractorTest {

    private final IndicatorExtractor extractor = new IndicatorExtractor();

    @Test
    void moneyPercentCountAndTargetWithTheirYearAndSubject() {
        String text = "2024年，全市新增高新技术企业2000家，技术交易额超过8500亿元，同比增长7.9%。到2025年，力争R&D投入强度达到3.95%。";
        List<Indicator> found = extractor.extract(text);
        assertThat(found).extracting(Indicator::kind, Indicator::value, Indicator::unit, Indicator::approx, Indicator::year,
                Indicator::subject)
            .containsExactly(
                tuple(IndicatorKind.COUNT, 2000.0, "家", false, 2024, "高新技术企业"),
                tuple(IndicatorKind.MONEY, 8.5e11, "CNY", true, 2024, "技术交易额"),
                tuple(IndicatorKind.PERCENT, 7.9, "percent", false, 2024, "同比"),
                tuple(IndicatorKind.TARGET, 3.95, "percent", false, 2025, "R&D投入强度"));
        Indicator first = found.get(0);
        assertThat(text.substring(first.span().begin(), first.span().end())).isEqualTo("2000家");
        assertThat(first.sentence()).startsWith("2024年，全市").endsWith("7.9%。");
    }

    @Test
    void currenciesRanksRatiosAndPercentagePoints() {
        assertThat(extractor.extract("政府预留100亿港元，另有2.5亿美元。")).extracting(Indicator::value, Indicator::unit)
            .containsExactly(tuple(1e10, "HKD"), tuple(2.5e8, "USD"));
        assertThat(extractor.extract("区域创新能力居全国第5位。")).extracting(Indicator::kind, Indicator::value, Indicator::unit)
            .containsExactly(tuple(IndicatorKind.RANK, 5.0, "位"));
        assertThat(extractor.extract("技改投资占比超过四成，约占1/3。")).extracting(Indicator::kind, Indicator::value)
            .containsExactly(tuple(IndicatorKind.RATIO, 0.4), tuple(IndicatorKind.RATIO, 1.0 / 3));
        assertThat(extractor.extract("比上年提高0.11个百分点。")).extracting(Indicator::unit)
            .containsExactly("percentage_point");
    }

    @Test
    void approximationsAndChineseNumerals() {
        List<Indicator> found = extractor.extract("引进人才1200余名，集聚科研人员600多人，投资约三千万元。");
        assertThat(found).extracting(Indicator::value, Indicator::approx)
            .containsExactly(tuple(1200.0, true), tuple(600.0, true), tuple(3e7, true));
    }

    @Test
    void datesPhoneNumbersYearsAndListWordsAreNotIndicators() {
        assertThat(extractor.extract("2024年7月10日发布，咨询电话：010-67880000，构建两个体系、三大工程，一是建设。")).isEmpty();
        assertThat(extractor.extract("9个月前，有效期3年。")).isEmpty();
    }

    @Test
    void rangesWithTheUnitOnBothBoundsOrOnceAndTheTaiwaneseTrillion() {
        assertThat(extractor.extract("每家企业给予1万元至5万元补助，另安排3至5亿元，项目投资10亿元到15亿元。"))
            .extracting(Indicator::value, Indicator::valueMax, Indicator::unit)
            .containsExactly(tuple(1e4, 5e4, "CNY"), tuple(3e8, 5e8, "CNY"), tuple(1e9, 1.5e9, "CNY"));
        assertThat(extractor.extract("地区生产总值约为23兆新台币。")).extracting(Indicator::value, Indicator::unit)
            .containsExactly(tuple(2.3e13, "TWD"));
        assertThat(extractor.extract("园区去年营业额达新台币1.6兆元。")).extracting(Indicator::value, Indicator::unit,
            Indicator::subject).containsExactly(tuple(1.6e12, "TWD", "园区去年营业额"));
        assertThat(extractor.extract("新增装机容量5兆瓦。")).extracting(Indicator::kind, Indicator::value, Indicator::unit)
            .containsExactly(tuple(IndicatorKind.COUNT, 5.0, "兆瓦"));
    }

    @Test
    void aCueInsideAProgrammesNameDoesNotMakeATarget() {
        assertThat(extractor.extract("湖州将继续推进“南太湖精英计划”，去年共引进海内外高层次人才1200余名。"))
            .extracting(Indicator::kind).containsExactly(IndicatorKind.COUNT);
        assertThat(extractor.extract("全市计划引进高层次人才1200名。")).extracting(Indicator::kind)
            .containsExactly(IndicatorKind.TARGET);
    }

    @Test
    void theWordsEndingAClauseAreStrippedHoweverManyThereAre() {
        assertThat(IndicatorExtractor.withoutTrailing("全市总投资达到")).isEqualTo("全市总投资");
        assertThat(IndicatorExtractor.withoutTrailing("高新技术企业累计共")).isEqualTo("高新技术企业");
        assertThat(IndicatorExtractor.withoutTrailing("研发投入占")).isEqualTo("研发投入");
        assertThat(IndicatorExtractor.withoutTrailing("人民币")).isEmpty();
        // 达标 ends with no listed word: nothing to strip.
        assertThat(IndicatorExtractor.withoutTrailing("排放达标")).isEqualTo("排放达标");
        assertThat(IndicatorExtractor.withoutTrailing("")).isEmpty();
    }
}
