package io.policylens.app;

import java.nio.file.Path;

/**
 * Settings of the managed local Elasticsearch node.
 *
 * @param home         the data home ($POLICYLENS_HOME): the node lives in {@code home/elasticsearch}
 * @param port         HTTP port on 127.0.0.1; the transport port is {@code port + 100}
 * @param heap         JVM heap, as -Xmx takes it ("1g")
 * @param version      the Elasticsearch version to run
 * @param serviceUser  the system user the node runs as when PolicyLens runs as root
 * @param distribution the distribution zip, or null to find it where Maven put it
 */
public record NodeSettings(Path home, int port, String heap, String version, String serviceUser, Path distribution) {

    public static final String VERSION = "8.19.21";

    public NodeSettings {
        if (port < 1024 || port > 65_000) {
            throw new IllegalArgumentException("es.port must be between 1024 and 65000, was " + port);
        }
        if (!heap.matches("\\d+[mg]")) {
            throw new IllegalArgumentException("es.heap must look like 512m or 2g, was " + heap);
        }
    }

    public static NodeSettings defaults(Path home) {
        // 2 GiB leaves the rest of a 24 GiB, 2-core machine to the OS cache Lucene lives on and to PolicyLens.
        return new NodeSettings(home, 9200, "2g", VERSION, "policylens", null);
    }

    public NodeSettings withPort(int p) {
        return new NodeSettings(home, p, heap, version, serviceUser, distribution);
    }

    public NodeSettings withHeap(String h) {
        return new NodeSettings(home, port, h, version, serviceUser, distribution);
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }
}
