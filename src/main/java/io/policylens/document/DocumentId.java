package io.policylens.document;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A document's stable identity: derived from its source URI only, so the same file or URL
 * always lands on the same index entry, whatever its content does.
 */
public record DocumentId(String value) {

    public DocumentId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a document id is not blank");
        }
    }

    public static DocumentId of(SourceRef source) {
        // 20 hex digits (80 bits) keep ids short in URLs while collisions stay out of reach.
        return new DocumentId(Hashes.sha256Hex(source.uri().getBytes(StandardCharsets.UTF_8)).substring(0, 20));
    }

    @Override
    public String toString() {
        return value;
    }
}
