package io.policylens.extract;

import java.time.Duration;

/**
 * Settings of the extract stage.
 *
 * @param maxChars     the most characters kept from one document's text; the rest is cut and the document flagged
 * @param parseTimeout the longest one parse may take; a parse still running then is abandoned and the input
 *                     rejected, so that one pathological file cannot stall a run
 * @param isolatedHeap the heap of the separate parser processes that binary formats (PDF, Office, archives,
 *                     anything not HTML or plain text) are parsed in, so that a parse that runs out of memory or
 *                     crashes takes its process down, not the run; null parses everything in this process
 */
public record ExtractSettings(int maxChars, Duration parseTimeout, String isolatedHeap) {

    public ExtractSettings {
        if (maxChars < 1_000) {
            throw new IllegalArgumentException("extract.maxChars must be at least 1000, was " + maxChars);
        }
        if (parseTimeout == null || parseTimeout.isNegative() || parseTimeout.isZero()) {
            throw new IllegalArgumentException("extract.parseTimeout must be positive, was " + parseTimeout);
        }
        if (isolatedHeap != null && !isolatedHeap.matches("\\d+[mg]")) {
            throw new IllegalArgumentException("extract.isolatedHeap must look like 512m or 1g, was " + isolatedHeap);
        }
    }

    public static ExtractSettings defaults() {
        return new ExtractSettings(5_000_000, Duration.ofSeconds(60), "512m");
    }

    public ExtractSettings withParseTimeout(Duration d) {
        return new ExtractSettings(maxChars, d, isolatedHeap);
    }

    /** Heap of the isolated parser processes, or null to parse every format in this process. */
    public ExtractSettings withIsolatedHeap(String heap) {
        return new ExtractSettings(maxChars, parseTimeout, heap);
    }
}
