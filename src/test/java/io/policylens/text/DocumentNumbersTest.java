package io.policylens.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentNumbersTest {

    @Test
    void everyWayOfWritingTheYearsBracketsIsOneForm() {
        assertThat(DocumentNumbers.normalise("浙政办发〔2024〕27号")).isEqualTo("浙政办发〔2024〕27号");
        assertThat(DocumentNumbers.normalise("浙政办发[2024]27号")).isEqualTo("浙政办发〔2024〕27号");
        assertThat(DocumentNumbers.normalise("浙政办发［2024］ 第27号")).isEqualTo("浙政办发〔2024〕27号");
        assertThat(DocumentNumbers.normalise("中发（2016）9号")).isEqualTo("中发〔2016〕9号");
        assertThat(DocumentNumbers.normalise("（国办发【2023】18號）")).isEqualTo("国办发〔2023〕18号");
    }

    @Test
    void taiwansNumbersKeepTheirWordsAndTakeTheSimplifiedMark() {
        assertThat(DocumentNumbers.normalise("府授經商字第1130123456號")).isEqualTo("府授經商字第1130123456号");
        assertThat(DocumentNumbers.contains("發文字號：府授經商字第 1130123456 號")).isTrue();
    }

    @Test
    void yearsAndCountsAreNotNumbers() {
        assertThat(DocumentNumbers.contains("2024年全市新增企业27家")).isFalse();
        assertThat(DocumentNumbers.contains("（2024）")).isFalse();
        assertThat(DocumentNumbers.normalise(null)).isNull();
    }
}
