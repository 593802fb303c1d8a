package io.policylens.cli;

import io.policylens.node.ManagedNode;
import io.policylens.node.NodeSettings;
import io.policylens.app.Settings;
import io.policylens.index.ClusterStatus;
import io.policylens.index.EsConnection;
import io.policylens.index.IndexLayout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

/** {@code policylens es start|stop|status}: the managed local node. */
@Command(name = "es", mixinStandardHelpOptions = true,
    description = "Manage the local Elasticsearch node (the embedded default).",
    subcommands = {EsCommand.Start.class, EsCommand.Stop.class, EsCommand.Status.class})
final class EsCommand {

    @ParentCommand
    Main root;

    /** With an external cluster there is no node to start or stop: say so and do nothing. */
    static boolean external(Settings s, String verb) {
        if (s.cluster().isEmpty()) {
            return false;
        }
        System.out.println("Using the cluster at " + s.cluster().get().url() + "; there is no local node to " + verb + ".");
        return true;
    }

    @Command(name = "start", mixinStandardHelpOptions = true,
        description = "Start the node unless it runs, and wait until it is usable.")
    static final class Start implements Callable<Integer> {
        @ParentCommand
        EsCommand es;

        @Option(names = "--port", paramLabel = "PORT", description = "HTTP port on 127.0.0.1 (env POLICYLENS_ES_PORT; default 9200).")
        Integer port;

        @Option(names = "--heap", paramLabel = "SIZE", description = "JVM heap, e.g. 1g (env POLICYLENS_ES_HEAP; default 2g).")
        String heap;

        @Option(names = "--fresh", description = "Delete the node's data before starting (an empty cluster).")
        boolean fresh;

        @Option(names = "--nodes", paramLabel = "N", description = "1, or 2 for a two-node cluster on loopback whose"
            + " indices keep a replica on the second node (env POLICYLENS_ES_NODES; default 1). Give the same"
            + " POLICYLENS_ES_NODES to the commands that use it, so that the client knows both nodes.")
        Integer nodes;

        @Option(names = "--node", paramLabel = "N", description = "Start only node N of the cluster again (after `es stop --node N`).")
        Integer node;

        @Override
        public Integer call() throws Exception {
            Settings s = es.root.settings();
            if (external(s, "start")) {
                try (EsConnection c = EsConnection.open(s.cluster().get())) {
                    System.out.println("It answers: Elasticsearch " + c.ping());
                }
                return 0;
            }
            NodeSettings n = s.node();
            if (port != null) {
                n = n.withPort(port);
            }
            if (heap != null) {
                n = n.withHeap(heap);
            }
            if (nodes != null) {
                n = n.withNodes(nodes);
            }
            if (node != null) {
                new ManagedNode(node > n.nodes() ? n.withNodes(node) : n, System.out::println).startNode(node);
                return 0;
            }
            new ManagedNode(n, System.out::println).start(fresh);
            return 0;
        }
    }

    @Command(name = "stop", mixinStandardHelpOptions = true, description = "Stop the node (or both) cleanly.")
    static final class Stop implements Callable<Integer> {
        @ParentCommand
        EsCommand es;

        @Option(names = "--node", paramLabel = "N", description = "Stop only node N of a two-node cluster.")
        Integer node;

        @Override
        public Integer call() throws Exception {
            Settings s = es.root.settings();
            if (external(s, "stop")) {
                return 0;
            }
            ManagedNode managed = new ManagedNode(node != null && node > 1 ? s.node().withNodes(2) : s.node(), System.out::println);
            if (node != null) {
                if (!managed.stopNode(node)) {
                    System.out.println("Elasticsearch node " + node + " is not running");
                }
                return 0;
            }
            managed.stop();
            return 0;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "Show health, documents and disk.")
    static final class Status implements Callable<Integer> {
        @ParentCommand
        EsCommand es;

        @Override
        public Integer call() throws Exception {
            Settings s = es.root.settings();
            String url;
            ManagedNode node = null;
            if (s.cluster().isPresent()) {
                url = s.cluster().get().url();
                System.out.println("cluster:    " + url + " (external)");
            } else {
                node = new ManagedNode(s.node(), System.out::println);
                var process = node.process();
                if (process.isEmpty()) {
                    System.out.println("node:       not running (data home " + s.home() + ")");
                    System.out.println("data:       " + Format.bytes(node.dataBytes()));
                    return 3;
                }
                url = s.node().url();
                System.out.println("node:       running at " + url + ", pid " + process.get().pid()
                    + " (data home " + s.home() + ")");
            }
            try (EsConnection c = EsConnection.open(s.cluster().orElse(io.policylens.index.EsSettings.of(url)))) {
                ClusterStatus st = ClusterStatus.read(c.client(), new IndexLayout(c.client(), s.indexPrefix()));
                System.out.println("version:    Elasticsearch " + st.version());
                System.out.println("health:     " + st.health() + " (" + st.nodes() + " node" + (st.nodes() == 1 ? "" : "s") + ")");
                System.out.println("documents:  " + st.documents());
                System.out.println("rejected:   " + st.rejects());
                System.out.println("indices:    " + Format.bytes(st.storeBytes()));
                System.out.println("disk:       " + Format.bytes(st.diskAvailable()) + " free of " + Format.bytes(st.diskTotal())
                    + (node != null ? "; node data " + Format.bytes(node.dataBytes()) : ""));
            }
            return 0;
        }
    }
}
