package io.policylens.ingest;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Settings of the ingest core.
 *
 * @param threads      workers that read, extract and analyse inputs side by side
 * @param batch        inputs looked up, processed and settled together: one index look-up and one duplicate
 *                     search per batch; a run keeps two batches in flight
 * @param maxFileBytes the largest input file read
 * @param spoolDir     where documents wait while the cluster is away
 * @param spoolWait    how long a run waits at its end for an unreachable cluster before leaving its documents
 *                     spooled on disk (the next command that reaches the cluster replays them)
 */
public record IngestSettings(int threads, int batch, long maxFileBytes, Path spoolDir, Duration spoolWait) {

    public IngestSettings {
        if (threads < 1) {
            throw new IllegalArgumentException("ingest.threads must be at least 1, was " + threads);
        }
        if (batch < 1) {
            throw new IllegalArgumentException("ingest.batch must be at least 1, was " + batch);
        }
        if (maxFileBytes < 1) {
            throw new IllegalArgumentException("ingest.maxFileBytes must be positive, was " + maxFileBytes);
        }
        if (spoolWait == null || spoolWait.isNegative()) {
            throw new IllegalArgumentException("ingest.spoolWait must not be negative, was " + spoolWait);
        }
    }

    public IngestSettings withBatch(int n) {
        return new IngestSettings(threads, n, maxFileBytes, spoolDir, spoolWait);
    }
}
