package io.policylens.ingest;

/**
 * The version of what extraction and analysis produce. Bump it when their output changes: documents indexed by
 * an older version count as changed, so the next ingest of unchanged files re-processes them.
 */
public final class PipelineVersion {

    public static final String CURRENT = "4"; // 4: indicators with measure and mentions; 3: real pages, policy header, OpenCC

    private PipelineVersion() {
    }
}
