package io.policylens.text;

/**
 * The main language of a text from its letters: Han characters mean Chinese. A first cut; OpenNLP's
 * language detector takes over for non-Chinese passages. Thread-safe.
 */
public final class LanguageGuess {

    private LanguageGuess() {
    }

    /** ISO 639-1: "zh" when Han characters are at least a fifth of the letters, else "en" for Latin, else "und". */
    public static String of(String text) {
        int han = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
            } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
                latin++;
            }
        }
        if (han == 0 && latin == 0) {
            return "und";
        }
        // A Han character carries about as much as a word of four to five Latin letters.
        return han * 5 >= latin ? "zh" : "en";
    }
}
