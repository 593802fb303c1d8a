package io.policylens.document;

import java.time.Instant;
import java.util.Objects;

/**
 * An input that could not become a document, and why: every input ends indexed, unchanged or rejected.
 *
 * @param stage where it failed: read, extract, analyse, index
 */
public record Rejection(DocumentId id, String uri, String stage, String reason, Instant at) {

    public Rejection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
    }
}
