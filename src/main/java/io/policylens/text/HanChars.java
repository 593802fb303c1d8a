package io.policylens.text;

/**
 * Chinese characters of the Basic Multilingual Plane: unified ideographs, extension A and the compatibility block —
 * what page text is written in. A range test, where {@code \p{IsHan}} looks each character's script up in a table:
 * patterns run at every position of every line of a page, and the look-up was the cost of extraction.
 */
public final class HanChars {

    /** The ranges, for a regular expression's character class: {@code "[" + HanChars.CLASS + "A-Z]"}. */
    public static final String CLASS = "\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff";

    private HanChars() {
    }

    public static boolean isHan(char c) {
        return c >= '\u4e00' && c <= '\u9fff' || c >= '\u3400' && c <= '\u4dbf' || c >= '\uf900' && c <= '\ufaff';
    }
}
