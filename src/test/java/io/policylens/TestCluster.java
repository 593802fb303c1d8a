package io.policylens;

import io.policylens.index.EsConnection;
import io.policylens.index.EsSettings;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real Elasticsearch node the build starts for integration tests (see pom.xml: pre-integration-test runs
 * {@code policylens es start}). A missing node fails the tests; it never skips them.
 */
public final class TestCluster {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private TestCluster() {
    }

    public static String url() {
        String url = System.getProperty("policylens.it.url");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("policylens.it.url is not set: run integration tests with `mvn verify`,"
                + " which starts the test node");
        }
        return url;
    }

    public static EsConnection connect() throws IOException {
        EsConnection c = EsConnection.open(EsSettings.of(url()));
        c.ping();
        return c;
    }

    /** Settings over the test node, with a data home and indices of the test's own. */
    public static io.policylens.app.Settings settings(java.nio.file.Path home, String name) {
        return io.policylens.app.Settings.defaults(home).withCluster(EsSettings.of(url()))
            .withIndexPrefix(uniquePrefix(name));
    }

    /**
     * Writes {@code n} old rejections straight into the rejects index (ids {@code old…}), in bulk: a list as long
     * as years of crawling leave.
     */
    public static void fillRejections(EsConnection es, io.policylens.index.IndexLayout layout, int n)
        throws IOException {
        String alias = layout.alias(io.policylens.index.IndexLayout.REJECTS);
        for (int from = 0; from < n; from += 500) {
            int start = from;
            int end = Math.min(n, from + 500);
            es.client().bulk(b -> {
                for (int i = start; i < end; i++) {
                    String id = String.format("old%017d", i);
                    b.operations(op -> op.index(x -> x.index(alias).id(id).document(java.util.Map.of("id", id,
                        "uri", "file:///old/" + id, "stage", "extract", "reason", "no article text found",
                        "at", "2026-01-01T00:00:00Z"))));
                }
                return b;
            });
        }
    }

    /** A prefix no other test uses, so that tests never see each other's indices. */
    public static String uniquePrefix(String name) {
        return "it-" + name.toLowerCase(Locale.ROOT) + "-" + ProcessHandle.current().pid() + "-"
            + COUNTER.incrementAndGet() + "-";
    }
}
