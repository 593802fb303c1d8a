package io.policylens.text;

import io.policylens.TestCorpus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScriptDetectorTest {

    private final ScriptDetector detector = new ScriptDetector(ChineseConverter.opencc());

    @Test
    void tellsTheScriptsApart() {
        assertThat(detector.detect("杭州市科技局将深入贯彻落实，构建科技工作体系。")).isEqualTo(Script.SIMPLIFIED);
        assertThat(detector.detect("杭州市科技局將深入貫徹落實，構建科技工作體系。")).isEqualTo(Script.TRADITIONAL);
        assertThat(detector.detect("杭州市科技局將深入貫徹落實。杭州市科技局将深入贯彻落实。")).isEqualTo(Script.MIXED);
        assertThat(detector.detect("123 abc")).isEqualTo(Script.SIMPLIFIED);
    }
}
