package io.policylens.app;

/** How an ingest ended: every input is exactly one of ingested, unchanged or rejected. */
public record IngestSummary(int ingested, int unchanged, int rejected) {

    public int inputs() {
        return ingested + unchanged + rejected;
    }

    /** The one summary line: {@code ingested N, unchanged U, rejected R}. */
    @Override
    public String toString() {
        return "ingested " + ingested + ", unchanged " + unchanged + ", rejected " + rejected;
    }
}
