package io.policylens.app;

/**
 * How an ingest ended: every input is exactly one of ingested, duplicate (of a kept document, which now lists
 * it in {@code also_at}), unchanged or rejected.
 */
public record IngestSummary(int ingested, int duplicates, int unchanged, int rejected) {

    public int inputs() {
        return ingested + duplicates + unchanged + rejected;
    }

    /** The one summary line: {@code ingested N, unchanged U, rejected R}, with {@code duplicates D} when there were any. */
    @Override
    public String toString() {
        return "ingested " + ingested + (duplicates > 0 ? ", duplicates " + duplicates : "") + ", unchanged " + unchanged
            + ", rejected " + rejected;
    }
}
