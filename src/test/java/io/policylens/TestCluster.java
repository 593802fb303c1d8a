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

    /** A prefix no other test uses, so that tests never see each other's indices. */
    public static String uniquePrefix(String name) {
        return "it-" + name.toLowerCase(Locale.ROOT) + "-" + ProcessHandle.current().pid() + "-"
            + COUNTER.incrementAndGet() + "-";
    }
}
