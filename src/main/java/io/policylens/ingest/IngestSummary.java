package io.policylens.ingest;

/**
 * How an ingest ended: every input is exactly one of ingested, duplicate (of a kept document, which now lists
 * it in {@code also_at}), unchanged, rejected, or spooled (the cluster was away: the document waits on disk and
 * is replayed when it returns).
 */
public record IngestSummary(int ingested, int duplicates, int unchanged, int rejected, int spooled) {

    public IngestSummary(int ingested, int duplicates, int unchanged, int rejected) {
        this(ingested, duplicates, unchanged, rejected, 0);
    }

    public int inputs() {
        return ingested + duplicates + unchanged + rejected + spooled;
    }

    /**
     * The one summary line: {@code ingested N, unchanged U, rejected R}, with {@code duplicates D} and
     * {@code spooled S} when there were any.
     */
    @Override
    public String toString() {
        return "ingested " + ingested + (duplicates > 0 ? ", duplicates " + duplicates : "") + ", unchanged " + unchanged
            + ", rejected " + rejected + (spooled > 0 ? ", spooled " + spooled : "");
    }
}
