package io.policylens.text;

/**
 * Normalises a text for analysis: full-width Latin letters and digits to half-width, traditional to simplified
 * by phrase. Works sentence by sentence, so that where a conversion changes a length, the offset map stays exact
 * everywhere else. Thread-safe.
 */
public final class TextNormaliser {

    private final ChineseConverter converter;

    public TextNormaliser(ChineseConverter converter) {
        this.converter = converter;
    }

    public NormalisedText normalise(String original) {
        StringBuilder text = new StringBuilder(original.length());
        OffsetMap.Builder map = new OffsetMap.Builder();
        int start = 0;
        int n = original.length();
        for (int i = 0; i < n; i++) {
            char c = original.charAt(i);
            if (c == '\n' || c == '。' || c == '！' || c == '？' || c == '；' || i == n - 1) {
                String piece = original.substring(start, i + 1);
                String converted = converter.toSimplified(toHalfWidth(piece));
                text.append(converted);
                map.replaced(converted.length(), piece.length());
                start = i + 1;
            }
        }
        return new NormalisedText(text.toString(), original, map.build());
    }

    /**
     * Full-width ASCII letters, digits and the signs used between them become half-width, case unchanged;
     * Chinese punctuation (，。：；（）) stays as it is.
     */
    public static String toHalfWidth(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char h = halfWidth(c);
            if (h != c) {
                if (out == null) {
                    out = new StringBuilder(s);
                }
                out.setCharAt(i, h);
            }
        }
        return out == null ? s : out.toString();
    }

    private static char halfWidth(char c) {
        if ((c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ')
            || c == '＆' || c == '％' || c == '＋' || c == '－' || c == '．' || c == '／' || c == '＠' || c == '＃'
            || c == '＝' || c == '＄') {
            return (char) (c - 0xFEE0);
        }
        return c;
    }
}
