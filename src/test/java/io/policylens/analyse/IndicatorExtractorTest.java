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
                tuple(IndicatorKind.PERCENT, 7.9, "percent", false, 2024, "技术交易额"),
                tuple(IndicatorKind.TARGET, 3.95, "percent", false, 2025, "R&D投入强度"));
        Indicator first = found.get(0);
        assertThat(text.substring(first.span().begin(), first.span().end())).isEqualTo("2000家");
        assertThat(first.sentence()).startsWith("2024年，全市").endsWith("7.9%。");
    }

    @Test
    void sharesAreCountedButNotTheBaseOfARate() {
        assertThat(extractor.extract("股东累计增持公司股份312万股，解除限售1.2亿股；每10股派发现金红利3元，每100名学生配备5名教师。"))
            .extracting(Indicator::kind, Indicator::value, Indicator::unit).containsExactly(
                tuple(IndicatorKind.COUNT, 3_120_000.0, "股"), tuple(IndicatorKind.COUNT, 1.2e8, "股"),
                tuple(IndicatorKind.MONEY, 3.0, "CNY"), tuple(IndicatorKind.COUNT, 5.0, "名"));
    }

    @Test
    void casesTreatedAndRecordsKeptAreCountedButAnExampleIsNot() {
        assertThat(extractor.extract("平台累计开展远程会诊1.8万例、手术320例，归集健康档案612万份，3例如期出院。"))
            .extracting(Indicator::kind, Indicator::value, Indicator::unit).containsExactly(
                tuple(IndicatorKind.COUNT, 18_000.0, "例"), tuple(IndicatorKind.COUNT, 320.0, "例"),
                tuple(IndicatorKind.COUNT, 6_120_000.0, "份"));
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
    void aQualifiersCharacterThatEndsAWordQualifiesNothing() {
        List<Indicator> found = extractor.extract("现场签约2.6亿元，附近3个村受益，投资约5000万元，预计逾200家企业参展。");
        assertThat(found).extracting(Indicator::value, Indicator::approx)
            .as("签约 and 附近 end words; 约 and 逾 stand alone")
            .containsExactly(tuple(2.6e8, false), tuple(3.0, false), tuple(5e7, true), tuple(200.0, true));
    }

    @Test
    void trainsAndContainersAreCounted() {
        List<Indicator> found = extractor.extract("今年开行中欧班列312列，发运集装箱2.4万标箱，列入名单的企业有12家。");
        assertThat(found).extracting(Indicator::value, Indicator::unit)
            .containsExactly(tuple(312.0, "列"), tuple(24000.0, "标箱"), tuple(12.0, "家"));
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
            Indicator::subject).containsExactly(tuple(1.6e12, "TWD", "园区营业额"));
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

    @Test
    void aDeadlineGivesTheYearAndLeavesTheSubject() {
        assertThat(extractor.extract("到2027年全市数字经济核心产业增加值达到5000亿元。"))
            .extracting(Indicator::kind, Indicator::year, Indicator::subject, Indicator::measure)
            .containsExactly(tuple(IndicatorKind.TARGET, 2027, "数字经济核心产业增加值", Measure.TARGET));
        assertThat(extractor.extract("二零二三年港口吞吐量达到约330亿港元。"))
            .extracting(Indicator::year, Indicator::unit).containsExactly(tuple(2023, "HKD"));
        assertThat(extractor.extract("二〇二五年全省研发经费投入增长10%。"))
            .extracting(Indicator::year).containsExactly(2025);
    }

    @Test
    void theSubjectIsTheThingMeasuredWithoutBracketsOrDates() {
        assertThat(extractor.extract("全社会研究与试验发展（R&D）经费投入强度为3.2%。"))
            .extracting(Indicator::subject).containsExactly("全社会研究与试验发展经费投入强度");
        assertThat(extractor.extract("今年1至9月，基础研究经费达到120亿元。"))
            .extracting(Indicator::subject).containsExactly("基础研究经费");
    }

    @Test
    void amountsChangesAndTargetsAreToldApart() {
        List<Indicator> found = extractor.extract(
            "截至9月末，科技贷款余额1.32万亿元，比年初增加41.2亿元，同比增长18.6%，不良率下降了2个百分点，占比为31.2%。"
                + "力争明年规模突破2万亿元。");
        assertThat(found).extracting(Indicator::value, Indicator::measure, Indicator::direction).containsExactly(
            tuple(1.32e12, Measure.LEVEL, null),
            tuple(4.12e9, Measure.CHANGE, Measure.Direction.UP),
            tuple(18.6, Measure.CHANGE, Measure.Direction.UP),
            tuple(2.0, Measure.CHANGE, Measure.Direction.DOWN),
            tuple(31.2, Measure.LEVEL, null),
            tuple(2e12, Measure.TARGET, null));
        assertThat(extractor.extract("出口额和进口额分别增长1.3倍和89.6%。"))
            .extracting(Indicator::direction).containsExactly(Measure.Direction.UP, Measure.Direction.UP);
        assertThat(extractor.extract("营收比去年提高了34%。"))
            .extracting(Indicator::direction).containsExactly(Measure.Direction.UP);
    }

    @Test
    void oneFactMentionedTwiceIsOneIndicatorWithBothSpans() {
        String text = "市财政安排科技专项资金12亿元。……会议强调，这笔科技专项资金12亿元将全部用于基础研究。"
            + "项目总投资5亿美元（约合人民币36亿元）。";
        List<Indicator> found = extractor.extract(text);
        assertThat(found).extracting(Indicator::value, Indicator::unit).containsExactly(tuple(1.2e9, "CNY"), tuple(5e8, "USD"));
        assertThat(found.get(0).mentions()).extracting(m -> m.of(text)).containsExactly("12亿元", "12亿元");
        assertThat(found.get(1).mentions()).extracting(m -> m.of(text)).containsExactly("5亿美元", "人民币36亿元");
        // the same value for two different things stays two facts
        assertThat(extractor.extract("工业投资增长10%，居民收入增长10%。")).hasSize(2);
    }

    @Test
    void codesOrdinalsLabelsAndTitlesAreNotIndicators() {
        assertThat(extractor.extract("根据浙政发〔2024〕12号文件第三条，联系电话0571-87051234，传真87051235。")).isEmpty();
        assertThat(extractor.extract("一、总体要求。二、主要任务。由中国电科05所承担。第二十八次会议召开。")).isEmpty();
        assertThat(extractor.extract("落实两个15%政策，新增第三个15%。")).isEmpty();
        assertThat(extractor.extract("他发表了题为《写给99%的人》的演讲。")).isEmpty();
        assertThat(extractor.extract("支持海洋二所等单位建设实验室，一只看不见的手。")).isEmpty();
        assertThat(extractor.extract("其性能是第二名的3.3倍（第二名：15012）。"))
            .extracting(Indicator::kind).containsExactly(IndicatorKind.RATIO);
        assertThat(extractor.extract("该市创新能力指数居全国第4，位居全省第二。"))
            .extracting(Indicator::kind, Indicator::value).containsExactly(tuple(IndicatorKind.RANK, 4.0),
                tuple(IndicatorKind.RANK, 2.0));
    }

    @Test
    void aPercentRangeWithTheSignTwiceAndInChineseNumerals() {
        assertThat(extractor.extract("企业研发投入占全社会的80%至90%。"))
            .extracting(Indicator::value, Indicator::valueMax).containsExactly(tuple(80.0, 90.0));
        assertThat(extractor.extract("员工中有百分之八九十来自外地。"))
            .extracting(Indicator::value, Indicator::valueMax, Indicator::approx).containsExactly(tuple(80.0, 90.0, true));
    }

    @Test
    void aBareYuanOfATraditionalTextIsTheLocalCurrencyItStatesItsOtherAmountsIn() {
        String text = "方案规划投入新台币480亿元，每家最高补助500万元。";
        assertThat(extractor.extract(text, io.policylens.text.Script.TRADITIONAL)).extracting(Indicator::value, Indicator::unit)
            .containsExactly(tuple(4.8e10, "TWD"), tuple(5e6, "TWD"));
        assertThat(extractor.extract(text, io.policylens.text.Script.SIMPLIFIED)).as("written in simplified: 元 is 人民币")
            .extracting(Indicator::unit).containsExactly("TWD", "CNY");
        String both = "该计划投入新台币480亿元，另有港元3亿元，每家最高补助500万元。";
        assertThat(extractor.extract(both, io.policylens.text.Script.TRADITIONAL)).as("two local currencies: none is meant")
            .extracting(Indicator::unit).containsExactly("TWD", "HKD", "CNY");
        String yuan = "投入新台币480亿元，约合人民币108亿元，每家最高补助500万元。";
        assertThat(extractor.extract(yuan, io.policylens.text.Script.TRADITIONAL)).as("人民币 written: 元 stays 人民币")
            .extracting(Indicator::unit).contains("CNY");
    }

    @Test
    void aProgrammesProjectAndACityListedApartInThePlanAreNoTargets() {
        assertThat(extractor.extract("该校牵头的国家重点研发计划项目获得经费支持2800万元。"))
            .extracting(Indicator::kind, Indicator::measure).containsExactly(tuple(IndicatorKind.MONEY, Measure.LEVEL));
        assertThat(extractor.extract("作为计划单列市，宁波今年地区生产总值为1.8万亿元。"))
            .extracting(Indicator::kind, Indicator::measure).containsExactly(tuple(IndicatorKind.MONEY, Measure.LEVEL));
        assertThat(extractor.extract("公司计划明年投入研发经费3亿元。"))
            .extracting(Indicator::kind, Indicator::measure).containsExactly(tuple(IndicatorKind.TARGET, Measure.TARGET));
    }
}
