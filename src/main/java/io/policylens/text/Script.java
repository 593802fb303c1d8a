package io.policylens.text;

import java.util.Locale;

/** Which Chinese script a text is written in, judged from characters that exist in only one of them. */
public enum Script {
    SIMPLIFIED, TRADITIONAL, MIXED;

    /** The contract's spelling: {@code simplified}, {@code traditional}, {@code mixed}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
