package io.policylens.ingest;

/**
 * The version of what extraction and analysis produce. Bump it when their output changes: documents indexed by
 * an older version count as changed, so the next ingest of unchanged files re-processes them.
 */
public final class PipelineVersion {

    public static final String CURRENT = "2";

    private PipelineVersion() {
    }
}
