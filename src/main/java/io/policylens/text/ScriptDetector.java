package io.policylens.text;

/**
 * Tells simplified from traditional text by counting characters that exist in only one script: those that
 * change under traditional → simplified conversion are traditional, those that change under the reverse are
 * simplified. Thread-safe.
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
        int traditional = differing(sample, converter.toSimplified(sample));
        int simplified = differing(sample, converter.toTraditional(sample));
        if (traditional + simplified == 0) {
            return Script.SIMPLIFIED;
        }
        double share = traditional / (double) (traditional + simplified);
        if (share >= 0.8) {
            return Script.TRADITIONAL;
        }
        return share <= 0.2 ? Script.SIMPLIFIED : Script.MIXED;
    }

    private static int differing(String a, String b) {
        if (a.length() != b.length()) {
            // Phrase conversions that change lengths are rare; count what can be aligned from both ends.
            int n = 0;
            int m = Math.min(a.length(), b.length());
            for (int i = 0; i < m && a.charAt(i) != b.charAt(i); i++) {
                n++;
            }
            return Math.max(n, Math.abs(a.length() - b.length()));
        }
        int n = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i) && Character.UnicodeScript.of(a.charAt(i)) == Character.UnicodeScript.HAN) {
                n++;
            }
        }
        return n;
    }
}
