package io.policylens.tools.bench;

import com.hankcs.hanlp.HanLP;
import io.policylens.text.HanLpRuntime;

import java.util.Objects;

/**
 * HanLP portable's traditional ⇄ simplified conversion: the converter PolicyLens used before it converted with
 * OpenCC's tables, kept as the benchmark's baseline and, simplified → traditional, for writing traditional test
 * text. Not used by the pipeline. Thread-safe.
 */
public final class HanLpConverter {

    public HanLpConverter(HanLpRuntime runtime) {
        Objects.requireNonNull(runtime, "runtime");
    }

    public String toSimplified(String text) {
        return text.isEmpty() ? text : HanLP.convertToSimplifiedChinese(text);
    }

    public String toTraditional(String text) {
        return text.isEmpty() ? text : HanLP.convertToTraditionalChinese(text);
    }
}
