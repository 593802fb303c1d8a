package io.policylens.text;

import java.util.Locale;

/** Which Chinese script a text is written in, judged from characters that exist in only one of them. */
public enum Script {
    SIMPLIFIED, TRADITIONAL, MIXED;

    /**
     * The script from its evidence: no traditional character is simplified text (characters common to both
     * scripts say nothing); otherwise the share of traditional characters among the characters of one script only
     * decides — at least 80 % traditional, at most 20 % simplified, mixed between.
     *
     * @param traditional characters the conversion changes
     * @param simplified  forms only simplified text writes
     */
    public static Script of(int traditional, int simplified) {
        if (traditional == 0) {
            return SIMPLIFIED;
        }
        double share = traditional / (double) (traditional + simplified);
        if (share >= 0.8) {
            return TRADITIONAL;
        }
        return share <= 0.2 ? SIMPLIFIED : MIXED;
    }

    /** The contract's spelling: {@code simplified}, {@code traditional}, {@code mixed}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
