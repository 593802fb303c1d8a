package io.policylens.ingest;

/**
 * The version of what extraction and analysis produce. Bump it when their output changes: documents indexed by
 * an older version count as changed, so the next ingest of unchanged files re-processes them.
 */
public final class PipelineVersion {

    public static final String CURRENT = "3"; // 3: the article on real pages, the policy header, OpenCC conversion

    private PipelineVersion() {
    }
}
