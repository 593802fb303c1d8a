package io.policylens.text;

import com.hankcs.hanlp.HanLP;

import java.util.Objects;

/**
 * Traditional ⇄ simplified conversion by phrase, with HanLP's dictionaries. Thread-safe.
 */
public final class ChineseConverter {

    public ChineseConverter(HanLpRuntime runtime) {
        Objects.requireNonNull(runtime, "runtime");
    }

    public String toSimplified(String text) {
        return text.isEmpty() ? text : HanLP.convertToSimplifiedChinese(text);
    }

    public String toTraditional(String text) {
        return text.isEmpty() ? text : HanLP.convertToTraditionalChinese(text);
    }
}
