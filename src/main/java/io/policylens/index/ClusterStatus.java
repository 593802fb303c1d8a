package io.policylens.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import co.elastic.clients.elasticsearch.nodes.NodesStatsResponse;
import co.elastic.clients.elasticsearch.nodes.Stats;

import java.io.IOException;

/**
 * What {@code es status} shows: health, documents, rejects, disk.
 *
 * @param storeBytes    bytes PolicyLens's indices take on disk
 * @param diskTotal     bytes of the data disk, summed over nodes
 * @param diskAvailable bytes free on the data disk, summed over nodes
 */
public record ClusterStatus(String version, String health, int nodes, long documents, long rejects, long storeBytes,
                            long diskTotal, long diskAvailable) {

    public static ClusterStatus read(ElasticsearchClient client, IndexLayout layout) throws IOException {
        String version = client.nodes().info(n -> n.nodeId("_local").metric("http")).nodes().values().stream()
            .findFirst().map(n -> n.version()).orElse("unknown");
        HealthResponse health = client.cluster().health();
        long docs = countOrZero(client, layout.alias(IndexLayout.DOCUMENTS));
        long rejects = countOrZero(client, layout.alias(IndexLayout.REJECTS));
        long store = 0;
        try {
            var stats = client.indices().stats(s -> s.index(layout.alias(IndexLayout.DOCUMENTS), layout.alias(IndexLayout.REJECTS))
                .metric("store"));
            if (stats.all().total() != null && stats.all().total().store() != null) {
                store = stats.all().total().store().sizeInBytes();
            }
        } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
            if (e.status() != 404) {
                throw refused(e);
            }
            // No index yet: nothing stored.
        }
        long total = 0;
        long available = 0;
        NodesStatsResponse nodes = client.nodes().stats(n -> n.metric("fs"));
        for (Stats s : nodes.nodes().values()) {
            if (s.fs() != null && s.fs().total() != null) {
                total += s.fs().total().totalInBytes() == null ? 0 : s.fs().total().totalInBytes();
                available += s.fs().total().availableInBytes() == null ? 0 : s.fs().total().availableInBytes();
            }
        }
        return new ClusterStatus(version, health.status().jsonValue(), health.numberOfNodes(), docs, rejects, store,
            total, available);
    }

    private static long countOrZero(ElasticsearchClient client, String alias) throws IOException {
        try {
            return client.count(c -> c.index(alias)).count();
        } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
            if (e.status() == 404) {
                return 0; // no index yet
            }
            throw refused(e);
        }
    }

    /** A refusal is not an empty cluster: say who refused what, so that the user can fix the credentials. */
    static IOException refused(co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
        String what = e.status() == 401 ? "did not accept the credentials (HTTP 401)"
            : e.status() == 403 ? "does not allow this user to read PolicyLens's indices (HTTP 403)"
            : "answered HTTP " + e.status();
        return new IOException("the cluster " + what + ": " + e.error().reason(), e);
    }
}
