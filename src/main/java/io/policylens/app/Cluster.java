package io.policylens.app;

import io.policylens.node.ManagedNode;

import io.policylens.index.EsConnection;
import io.policylens.index.EsSettings;
import io.policylens.index.IndexLayout;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * Connects to the configured cluster, or, with none configured, to the managed local node, starting it when it
 * is not running (the embedded default).
 */
public final class Cluster {

    private Cluster() {
    }

    /** Whether connecting would start the managed node (none configured, none running): then it is this process's. */
    public static boolean wouldStartNode(Settings settings) throws IOException {
        return settings.cluster().isEmpty() && new ManagedNode(settings.node(), m -> { }).process().isEmpty();
    }

    /** Stops the managed node cleanly; false when it was not running. */
    public static boolean stopNode(Settings settings, Consumer<String> log) throws IOException, InterruptedException {
        return new ManagedNode(settings.node(), log).stop();
    }

    /** An open connection with PolicyLens's indices in place; fails with a clear message when unreachable. */
    public static EsConnection connect(Settings settings, Consumer<String> log) throws IOException, InterruptedException {
        return connect(settings, log, false, false);
    }

    /**
     * For a process that stops the node it starts ({@code run}): connects as {@link #connect} does, without the
     * note that a node started here keeps running after the command.
     */
    public static EsConnection connectOwningNode(Settings settings, Consumer<String> log)
        throws IOException, InterruptedException {
        return connect(settings, log, false, true);
    }

    /**
     * A connection for commands that only read (search, indicators, rejects): the indices are brought up to date
     * only when the documents' alias is missing, not checked family by family (most of such a command's time).
     */
    public static EsConnection connectToRead(Settings settings, Consumer<String> log) throws IOException, InterruptedException {
        return connect(settings, log, true, false);
    }

    private static EsConnection connect(Settings settings, Consumer<String> log, boolean readOnly, boolean ownsNode)
        throws IOException, InterruptedException {
        EsSettings es;
        if (settings.cluster().isPresent()) {
            es = settings.cluster().get();
        } else {
            ManagedNode node = new ManagedNode(settings.node(), log);
            boolean wasRunning = node.process().isPresent();
            es = EsSettings.of(node.ensureRunning(false));
            if (!wasRunning && !ownsNode) {
                log.accept("the local Elasticsearch node was started for this command and keeps running after it; "
                    + "`policylens es stop` stops it");
            }
        }
        EsConnection connection = EsConnection.open(es);
        try {
            connection.ping();
            IndexLayout layout = new IndexLayout(connection.client(), settings.indexPrefix());
            if (readOnly && layout.exists(IndexLayout.DOCUMENTS)) {
                return connection;
            }
            layout.ensure(log);
            // Documents spooled while the cluster was away go in first.
            io.policylens.index.Spool spool = new io.policylens.index.Spool(settings.home().resolve("spool"));
            if (spool.pending() > 0) {
                log.accept("replayed " + spool.replay(connection.client()) + " document(s) spooled in " + spool.dir()
                    + " while the cluster was away");
            }
        } catch (IOException | RuntimeException e) {
            connection.close();
            throw e;
        }
        return connection;
    }
}
