package io.policylens.node;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Settings of the managed local Elasticsearch cluster: one node (the default) or two on loopback.
 *
 * @param home         the data home ($POLICYLENS_HOME): the nodes live in {@code home/elasticsearch}
 * @param port         HTTP port of the first node on 127.0.0.1; node n answers on {@code port + n - 1}, and its
 *                     transport port is 100 above its HTTP port
 * @param heap         JVM heap of each node, as -Xmx takes it ("1g")
 * @param version      the Elasticsearch version to run
 * @param serviceUser  the system user the nodes run as when PolicyLens runs as root
 * @param distribution the distribution zip, or null to find it where Maven put it
 * @param nodes        1, or 2 for a cluster whose indices keep a replica on the second node
 */
public record NodeSettings(Path home, int port, String heap, String version, String serviceUser, Path distribution,
                           int nodes) {

    public static final String VERSION = "8.19.21";

    public NodeSettings {
        if (port < 1024 || port > 65_000) {
            throw new IllegalArgumentException("es.port must be between 1024 and 65000, was " + port);
        }
        if (!heap.matches("\\d+[mg]")) {
            throw new IllegalArgumentException("es.heap must look like 512m or 2g, was " + heap);
        }
        if (nodes < 1 || nodes > 2) {
            throw new IllegalArgumentException("the managed cluster has 1 or 2 nodes, not " + nodes);
        }
    }

    public static NodeSettings defaults(Path home) {
        // 2 GiB leaves the rest of a 24 GiB, 2-core machine to the OS cache Lucene lives on and to PolicyLens.
        return new NodeSettings(home, 9200, "2g", VERSION, "policylens", null, 1);
    }

    public NodeSettings withPort(int p) {
        return new NodeSettings(home, p, heap, version, serviceUser, distribution, nodes);
    }

    public NodeSettings withHeap(String h) {
        return new NodeSettings(home, port, h, version, serviceUser, distribution, nodes);
    }

    public NodeSettings withNodes(int n) {
        return new NodeSettings(home, port, heap, version, serviceUser, distribution, n);
    }

    /** Node n's HTTP URL (n from 1). */
    public String url(int n) {
        return "http://127.0.0.1:" + (port + n - 1);
    }

    /** Every node's URL, comma-separated, as the client takes them. */
    public String url() {
        List<String> urls = new ArrayList<>();
        for (int n = 1; n <= nodes; n++) {
            urls.add(url(n));
        }
        return String.join(",", urls);
    }
}
