package io.policylens.analyse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChineseNumberTest {

    @Test
    void arabicWithSeparatorsDecimalsAndSuffixes() {
        assertThat(ChineseNumber.parse("1,234.5")).isEqualTo(1234.5);
        assertThat(ChineseNumber.parse("1.2万")).isEqualTo(12_000);
        assertThat(ChineseNumber.parse("8500亿")).isEqualTo(8.5e11);
        assertThat(ChineseNumber.parse("1.32万亿")).isEqualTo(1.32e12);
    }

    @Test
    void chineseNumeralsPositionalAndDigitByDigit() {
        assertThat(ChineseNumber.parse("二〇二五")).isEqualTo(2025);
        assertThat(ChineseNumber.parse("三千万")).isEqualTo(3e7);
        assertThat(ChineseNumber.parse("肆佰叁拾万")).isEqualTo(4_300_000);
        assertThat(ChineseNumber.parse("两个亿")).isEqualTo(2e8);
        assertThat(ChineseNumber.parse("十五")).isEqualTo(15);
        assertThat(ChineseNumber.parse("一百零五")).isEqualTo(105);
        assertThat(ChineseNumber.parse("一亿三千万")).isEqualTo(1.3e8);
        assertThat(ChineseNumber.parse("三万亿")).isEqualTo(3e12);
    }

    @Test
    void garbageIsNotANumber() {
        assertThatThrownBy(() -> ChineseNumber.parse("abc")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> ChineseNumber.parse("")).isInstanceOf(NumberFormatException.class);
    }
}
