package io.policylens.text;

/**
 * Normalises a text for analysis: full-width Latin letters and digits to half-width, traditional to simplified as
 * OpenCC converts ({@link ChineseConverter}), with an exact offset map both ways between the result and the
 * original. Thread-safe.
 */
public final class TextNormaliser {

    private final ChineseConverter converter;

    public TextNormaliser(ChineseConverter converter) {
        this.converter = converter;
    }

    public NormalisedText normalise(String original) {
        // Half-width forms replace full-width ones unit for unit: the conversion's map is the whole map.
        ChineseConverter.Conversion c = converter.convert(toHalfWidth(original));
        return new NormalisedText(c.text(), original, c.offsets());
    }

    /** A short text (a title, a query) normalised as documents are, without offsets. */
    public String normaliseShort(String text) {
        return converter.toSimplified(toHalfWidth(text));
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
