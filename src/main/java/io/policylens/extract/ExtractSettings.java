package io.policylens.extract;

/**
 * Settings of the extract stage.
 *
 * @param maxChars the most characters kept from one document's text; the rest is cut and the document flagged
 */
public record ExtractSettings(int maxChars) {

    public ExtractSettings {
        if (maxChars < 1_000) {
            throw new IllegalArgumentException("extract.maxChars must be at least 1000, was " + maxChars);
        }
    }

    public static ExtractSettings defaults() {
        return new ExtractSettings(5_000_000);
    }
}
