package io.policylens.text;

/**
 * Tells simplified from traditional text with the conversion's own tables: characters the converter changes are
 * traditional (in context: 乾 in 乾隆 is not), forms that only simplified text writes are simplified. Text of
 * characters common to both scripts is simplified; one Taiwan-variant character in it makes it traditional.
 * Thread-safe.
 */
public final class ScriptDetector {

    /** Enough text to judge; the rest of a long document tells nothing new. */
    private static final int SAMPLE = 4_000;
    private final ChineseConverter converter;

    public ScriptDetector(ChineseConverter converter) {
        this.converter = converter;
    }

    public Script detect(String original) {
        String sample = original.length() > SAMPLE ? original.substring(0, SAMPLE) : original;
        ChineseConverter.ScriptEvidence e = converter.evidence(sample);
        return Script.of(e.traditional(), e.simplified());
    }
}
