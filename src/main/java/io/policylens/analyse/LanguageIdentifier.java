package io.policylens.analyse;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The language of a text, with OpenNLP's language detector (model {@code langdetect-183.bin} from
 * {@code opennlp-models-langdetect}). A guess counts only when its score clearly beats the runner-up's; Han
 * text is Chinese without asking, since the model's Chinese varieties (cmn, yue, wuu…) all mean "zh" here.
 * Thread-safe: each thread has its own detector over the shared model.
 */
public final class LanguageIdentifier {

    /** A guess: ISO 639-1 code ("und" when unsure) and the scores behind it. */
    public record Guess(String language, double best, double runnerUp) {
    }

    /** The best score must be this many times the runner-up's to count. */
    private static final double MARGIN = 1.5;
    private static final Map<String, String> ISO3_TO_1 = new HashMap<>();

    static {
        for (String two : Locale.getISOLanguages()) {
            try {
                ISO3_TO_1.put(Locale.forLanguageTag(two).getISO3Language(), two);
            } catch (java.util.MissingResourceException e) {
                // No three-letter code: nothing to map.
            }
        }
        for (String chinese : new String[] {"cmn", "yue", "wuu", "zho", "lzh", "nan", "hak", "gan", "hsn"}) {
            ISO3_TO_1.put(chinese, "zh");
        }
    }

    private final ThreadLocal<LanguageDetectorME> detector;

    public LanguageIdentifier() {
        LanguageDetectorModel model;
        try (InputStream in = LanguageIdentifier.class.getResourceAsStream("/langdetect-183.bin")) {
            if (in == null) {
                throw new IllegalStateException("opennlp-models-langdetect is not on the class path");
            }
            model = new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.detector = ThreadLocal.withInitial(() -> new LanguageDetectorME(model));
    }

    public Guess identify(String text) {
        // Weighted by information (a Han character ≈ a short word), not by raw character counts.
        if ("zh".equals(io.policylens.text.LanguageGuess.of(text))) {
            return new Guess("zh", 1, 0);
        }
        Language[] ranked = detector.get().predictLanguages(text);
        if (ranked.length == 0) {
            return new Guess("und", 0, 0);
        }
        double best = ranked[0].getConfidence();
        double second = ranked.length > 1 ? ranked[1].getConfidence() : 0;
        String code = ISO3_TO_1.getOrDefault(ranked[0].getLang(), ranked[0].getLang());
        return new Guess(best >= MARGIN * second ? code : "und", best, second);
    }

    /** Han characters among the letters of a text. */
    static double hanShare(String text) {
        int han = 0;
        int letters = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters++;
                if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                    han++;
                }
            }
        }
        return letters == 0 ? 0 : han / (double) letters;
    }
}
