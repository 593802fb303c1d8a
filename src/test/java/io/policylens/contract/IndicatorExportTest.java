package io.policylens.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class IndicatorExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void valuesAreExactDecimalsInJsonAndCsv() throws Exception {
        assertThat(IndicatorRecord.exact(42.3e8).toString()).isEqualTo("4230000000");
        assertThat(IndicatorRecord.exact(1.32e12).toString()).isEqualTo("1320000000000");
        assertThat(IndicatorRecord.exact(18.6).toString()).isEqualTo("18.6");
        assertThat(IndicatorRecord.exact(0.3333).toString()).isEqualTo("0.3333");

        // as an indexed document stores it: a double that prints with an exponent
        JsonNode document = JSON.readTree("{\"id\":\"d1\",\"title\":\"标题\",\"source\":{\"uri\":\"https://example.cn/a\"}}");
        JsonNode indicator = JSON.readTree("{\"kind\":\"money\",\"value\":4.2299999999999995E9,\"value_max\":null,"
            + "\"unit\":\"CNY\",\"span\":\"42.3亿元\",\"begin\":3,\"end\":9}");
        JsonNode record = IndicatorExport.record(document, indicator);
        String line = JSON.writeValueAsString(record);
        assertThat(line).contains("\"value\":4230000000,").doesNotContain("E9");
        Map<String, Object> row = IndicatorExport.csvRow(record);
        assertThat(row.get("value")).isEqualTo("4230000000");
        // a document indexed before measure and mentions existed reads as a level stated once
        assertThat(row.get("measure")).isEqualTo("level");
        assertThat(row.get("mentions")).isEqualTo(1);
    }
}
