package io.policylens.analyse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every money form the indicators issue lists, each in a sentence of its own, read through the extractor's one verb:
 * value, upper bound (empty for a single amount), currency and whether the amount is approximate.
 */
class AmountsTest {

    private final IndicatorExtractor extractor = new IndicatorExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // Chinese numerals with 万/亿/兆 and 两
        "本次拨付五百万元用于设备更新。                    | 5000000      |             | CNY | false",
        "市里一次性投入三个亿支持园区建设。                | 300000000    |             | CNY | false",
        "两亿元专项资金已经下达。                          | 200000000    |             | CNY | false",
        // financial numerals, 整, 圆 for 元
        "合同总价为贰仟伍佰万元整。                        | 25000000     |             | CNY | false",
        "收到捐款壹佰贰拾圆。                              | 120          |             | CNY | false",
        // mixed
        "全年社会融资规模增量2.6万亿元。                   | 2600000000000 |            | CNY | false",
        "该基金首期规模7千万元。                           | 70000000     |             | CNY | false",
        "土地出让金42.3亿元。                              | 4230000000   |             | CNY | false",
        // currency before or after, with or without spaces, after 元
        "台湾地区拨款新台币 52.3 亿元推动半导体研发。      | 5230000000   |             | TWD | false",
        "门票售价为8000元日币。                            | 8000         |             | JPY | false",
        "政府预留100亿港元作为种子基金。                   | 10000000000  |             | HKD | false",
        "特区拨出港币3亿支持初创企业。                     | 300000000    |             | HKD | false",
        "该公司完成5000万美元B轮融资。                     | 50000000     |             | USD | false",
        "欧盟提供1.2亿欧元资助。                           | 120000000    |             | EUR | false",
        "合作项目总额为30亿泰铢。                          | 3000000000   |             | THB | false",
        "对方签下了200亿卢布的订单。                       | 20000000000  |             | RUB | false",
        "韩方承诺投资5000亿韩元。                          | 500000000000 |             | KRW | false",
        "澳大利亚拨款2亿澳元建设港口。                     | 200000000    |             | AUD | false",
        "英国政府提供8000万英镑贷款。                      | 80000000     |             | GBP | false",
        // ranges: shared or repeated unit, any dash or word
        "单个项目资助两千到三千万元。                      | 20000000     | 30000000    | CNY | false",
        "预计总投资六千到八千亿元。                        | 600000000000 | 800000000000 | CNY | false",
        "给予2万元--8万元奖励。                            | 20000        | 80000       | CNY | false",
        "每人可获3——5万港币资助。                          | 30000        | 50000       | HKD | false",
        "补贴标准从6000到2万港元不等。                     | 6000         | 20000       | HKD | false",
        "岗位月薪20~30k元。                                | 20000        | 30000       | CNY | false",
        "奖励金额为2万(含)-6万元。                         | 20000        | 60000       | CNY | false",
        // approximate amounts as ranges
        "他为此花了2000多欧元。                            | 2000         | 3000        | EUR | true",
        "行业每年损失数百亿元。                            | 10000000000  | 100000000000 | CNY | true",
        "项目投资几百万元。                                | 1000000      | 10000000    | CNY | true",
        "一碗面卖二十几块钱。                              | 20           | 30          | CNY | true",
        "并购金额达六七亿元。                              | 600000000    | 700000000   | CNY | true",
        "每月房租两三百元。                                | 200          | 300         | CNY | true",
        "一部手机花了七八千块钱。                          | 7000         | 8000        | CNY | true",
        // qualifiers
        "项目总投资约12亿元。                              | 1200000000   |             | CNY | true",
        "累计发放贷款近300亿元。                           | 30000000000  |             | CNY | true",
        "全年营收超50亿元。                                | 5000000000   |             | CNY | true",
        "成交额逾千亿元。                                  | 100000000000 |             | CNY | true",
        "首期募资不到5000万元。                            | 50000000     |             | CNY | true",
        "单笔交易小于1万元。                               | 10000        |             | CNY | true",
        "企业至少投入100万元以上。                         | 1000000      |             | CNY | true",
        "改造费用在80万元左右。                            | 800000       |             | CNY | true",
        "年租金200万元上下。                               | 2000000      |             | CNY | true",
        // colloquial units where the context is money
        "这杯奶茶卖12块5毛钱。                              | 12.5         |             | CNY | false",
        "车票价格为3元5角。                                 | 3.5          |             | CNY | false",
        "月薪15k元起。                                      | 15000        |             | CNY | true",
        "他的年薪是50w元。                                  | 500000       |             | CNY | false",
    })
    void readsEachMoneyForm(String sentence, BigDecimal value, BigDecimal max, String currency, boolean approx) {
        List<Indicator> money = extractor.extract(sentence.strip()).stream()
            .filter(i -> i.kind() == IndicatorKind.MONEY || i.unit().equals(currency)).toList();
        assertThat(money).as(sentence).hasSize(1);
        Indicator i = money.get(0);
        assertThat(BigDecimal.valueOf(i.value())).as(sentence + " value").isEqualByComparingTo(value);
        if (max == null) {
            assertThat(i.valueMax()).as(sentence + " max").isNull();
        } else {
            assertThat(BigDecimal.valueOf(i.valueMax())).as(sentence + " max").isEqualByComparingTo(max);
        }
        assertThat(i.unit()).as(sentence + " currency").isEqualTo(currency);
        assertThat(i.approx()).as(sentence + " approx").isEqualTo(approx);
    }

    @Test
    void aCurrencyIsNeverReadFromAUnitThatIsNotMoney() {
        assertThat(extractor.extract("新增光伏装机容量300兆瓦，建成8000亿千瓦时的发电能力。"))
            .noneMatch(i -> i.kind() == IndicatorKind.MONEY);
        assertThat(extractor.extract("园区共有二元结构的企业50家，多元化经营。"))
            .noneMatch(i -> i.kind() == IndicatorKind.MONEY);
        assertThat(extractor.extract("使用这款芯片只需4块，而过去要40块GPU。"))
            .noneMatch(i -> i.kind() == IndicatorKind.MONEY);
    }

    @Test
    void theAmountScannerKeepsExactDecimals() {
        Amounts.Money m = Amounts.moneyAt("土地出让金42.3亿元。", 5);
        assertThat(m.low()).isEqualByComparingTo("4230000000");
        assertThat(m.low().stripTrailingZeros().toPlainString()).isEqualTo("4230000000");
    }

    @Test
    void aBoundWrittenWithItsNegationIsTakenWhole() {
        String text = "研发投入不低于60亿元，补助不少于200万元。";
        Amounts.Money atLeast = Amounts.moneyAt(text, text.indexOf("60"));
        assertThat(text.substring(atLeast.begin(), atLeast.end())).isEqualTo("不低于60亿元");
        assertThat(atLeast.approx()).isTrue();
        Amounts.Money noLess = Amounts.moneyAt(text, text.indexOf("200"));
        assertThat(text.substring(noLess.begin(), noLess.end())).isEqualTo("不少于200万元");

        String ceilings = "总投资不超过1.2亿美元，回购资金不高于3000万元，超过5亿元的部分另计。";
        Amounts.Money atMost = Amounts.moneyAt(ceilings, ceilings.indexOf("1.2"));
        assertThat(ceilings.substring(atMost.begin(), atMost.end())).isEqualTo("不超过1.2亿美元");
        Amounts.Money noMore = Amounts.moneyAt(ceilings, ceilings.indexOf("3000"));
        assertThat(ceilings.substring(noMore.begin(), noMore.end())).isEqualTo("不高于3000万元");
        Amounts.Money over = Amounts.moneyAt(ceilings, ceilings.indexOf("5亿"));
        assertThat(ceilings.substring(over.begin(), over.end())).isEqualTo("超过5亿元");
    }
}
