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

    /** An open connection with PolicyLens's indices in place; fails with a clear message when unreachable. */
    public static EsConnection connect(Settings settings, Consumer<String> log) throws IOException, InterruptedException {
        EsSettings es;
        if (settings.cluster().isPresent()) {
            es = settings.cluster().get();
        } else {
            ManagedNode node = new ManagedNode(settings.node(), log);
            es = EsSettings.of(node.ensureRunning(false));
        }
        EsConnection connection = EsConnection.open(es);
        try {
            connection.ping();
            new IndexLayout(connection.client(), settings.indexPrefix()).ensure(log);
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
