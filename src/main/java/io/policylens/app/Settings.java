package io.policylens.app;

import io.policylens.node.NodeSettings;

import io.policylens.extract.ExtractSettings;
import io.policylens.text.HanLpSettings;
import io.policylens.index.EsSettings;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Everything PolicyLens is configured with, namespaced per stage; built once by the command line and passed in.
 *
 * @param home        the data home ($POLICYLENS_HOME, default ~/.policylens)
 * @param cluster     an external cluster, or empty for the managed local node
 * @param node        the managed node's settings (unused with an external cluster)
 * @param indexPrefix put before every index name ("" normally; tests use their own)
 * @param threads     workers for extraction and analysis
 * @param maxFileBytes the largest input file read
 * @param spoolWait   how long an ingest waits at its end for an unreachable cluster before leaving its documents
 *                    spooled on disk (the next command that reaches the cluster replays them)
 */
public record Settings(Path home, Optional<EsSettings> cluster, NodeSettings node, ExtractSettings extract,
                       HanLpSettings hanlp, String indexPrefix, int threads, long maxFileBytes,
                       java.time.Duration spoolWait) {

    public static Path defaultHome() {
        String env = System.getenv("POLICYLENS_HOME");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".policylens");
    }

    public static Settings defaults(Path home) {
        return new Settings(home, Optional.empty(), NodeSettings.defaults(home), ExtractSettings.defaults(),
            HanLpSettings.defaults(), "", Math.max(1, Runtime.getRuntime().availableProcessors()), 64L * 1024 * 1024,
            java.time.Duration.ofSeconds(60));
    }

    public Settings withCluster(EsSettings es) {
        return new Settings(home, Optional.ofNullable(es), node, extract, hanlp, indexPrefix, threads, maxFileBytes, spoolWait);
    }

    public Settings withNode(NodeSettings n) {
        return new Settings(home, cluster, n, extract, hanlp, indexPrefix, threads, maxFileBytes, spoolWait);
    }

    public Settings withIndexPrefix(String prefix) {
        return new Settings(home, cluster, node, extract, hanlp, prefix, threads, maxFileBytes, spoolWait);
    }

    public Settings withThreads(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + n);
        }
        return new Settings(home, cluster, node, extract, hanlp, indexPrefix, n, maxFileBytes, spoolWait);
    }

    public Settings withExtract(ExtractSettings e) {
        return new Settings(home, cluster, node, e, hanlp, indexPrefix, threads, maxFileBytes, spoolWait);
    }

    public Settings withSpoolWait(java.time.Duration wait) {
        return new Settings(home, cluster, node, extract, hanlp, indexPrefix, threads, maxFileBytes, wait);
    }
}
