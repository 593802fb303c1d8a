package io.policylens.ingest;

import io.policylens.document.DocumentId;

import java.util.Objects;

/**
 * What became of one input: the ledger's entry. Every input ends exactly one of these.
 *
 * @param stage  for a rejection, where it failed (read, fetch, extract, analyse, index); else null
 * @param reason for a rejection, why; for a spooled document, why the cluster did not take it; else null
 * @param keptAs for a duplicate, the kept document it was folded into; else null
 */
public record IngestOutcome(DocumentId id, String uri, Kind kind, String stage, String reason, DocumentId keptAs) {

    public enum Kind {
        /** In the index. */
        INDEXED,
        /** A copy of a kept document, listed in its {@code also_at}. */
        DUPLICATE,
        /** The index holds these bytes from this pipeline version already. */
        UNCHANGED,
        /** Not a document, for the reason given; listed by {@code policylens rejects}. */
        REJECTED,
        /** The cluster was away: on disk, replayed when it returns. */
        SPOOLED
    }

    public IngestOutcome {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(kind, "kind");
    }

    static IngestOutcome of(DocumentId id, String uri, Kind kind) {
        return new IngestOutcome(id, uri, kind, null, null, null);
    }

    static IngestOutcome rejected(DocumentId id, String uri, String stage, String reason) {
        return new IngestOutcome(id, uri, Kind.REJECTED, stage, reason, null);
    }

    /** One line for a person: {@code indexed  URI}, {@code rejected URI (extract: no article text found)}. */
    public String line() {
        String label = kind.name().toLowerCase(java.util.Locale.ROOT);
        return switch (kind) {
            case REJECTED -> label + " " + uri + " (" + stage + ": " + reason + ")";
            case DUPLICATE -> label + " " + uri + " (of " + keptAs + ")";
            case SPOOLED -> label + " " + uri + " (" + reason + ")";
            default -> label + " " + uri;
        };
    }
}
