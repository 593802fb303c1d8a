package io.policylens.extract;

import java.time.Duration;

/**
 * Settings of the extract stage.
 *
 * @param maxChars     the most characters kept from one document's text; the rest is cut and the document flagged
 * @param parseTimeout the longest one parse may take; a parse still running then is abandoned and the input
 *                     rejected, so that one pathological file cannot stall a run
 */
public record ExtractSettings(int maxChars, Duration parseTimeout) {

    public ExtractSettings {
        if (maxChars < 1_000) {
            throw new IllegalArgumentException("extract.maxChars must be at least 1000, was " + maxChars);
        }
        if (parseTimeout == null || parseTimeout.isNegative() || parseTimeout.isZero()) {
            throw new IllegalArgumentException("extract.parseTimeout must be positive, was " + parseTimeout);
        }
    }

    public static ExtractSettings defaults() {
        return new ExtractSettings(5_000_000, Duration.ofSeconds(60));
    }

    public ExtractSettings withParseTimeout(Duration d) {
        return new ExtractSettings(maxChars, d);
    }
}
