package io.policylens.cli;

import io.policylens.api.ApiServer;
import io.policylens.api.ApiSettings;
import io.policylens.app.ApiActions;
import io.policylens.app.Cluster;
import io.policylens.app.Ingests;
import io.policylens.ingest.IngestCore;
import io.policylens.app.Searchers;
import io.policylens.ingest.IngestJob;
import io.policylens.pipelines.Pipelines;
import io.policylens.app.Settings;
import io.policylens.index.EsConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code policylens run}: the main job. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = {"The main job: start the local node if needed, ingest the corpus folder, load every pipeline "
        + "(scheduled crawls, the inbox) and keep them running until Ctrl-C, then stop cleanly."})
final class RunCommand implements Callable<Integer> {

    @ParentCommand
    Main root;

    @Mixin
    PipelineOptions pipelines;

    @Option(names = "--port", defaultValue = "8421", paramLabel = "PORT",
        description = "Port of the analyst page and API on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpus",
        description = "Ingested at start when it exists (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Override
    public Integer call() throws Exception {
        Settings s = root.settings();
        // A node this run starts is this run's to stop: Ctrl-C leaves nothing running behind it.
        boolean ownNode = Cluster.wouldStartNode(s);
        try (EsConnection es = ownNode ? Cluster.connectOwningNode(s, System.err::println)
                : Cluster.connect(s, System.err::println);
             IngestCore core = Ingests.core(s, es, Ingests.pipeline(s))) {
            if (Files.isDirectory(corpus)) {
                IngestJob job = Ingests.job(s, core);
                System.out.println("corpus: " + job.run(job.inputs(List.of(corpus)), done -> { }));
            }
            CountDownLatch stopped = new CountDownLatch(1);
            ApiSettings api = ApiSettings.loopback(port);
            try (Pipelines p = Ingests.pipelines(core, pipelines.options(true, s.home().resolve("inbox")));
                 ApiServer server = Searchers.api(es, s, api, new ApiActions(p, es, s)).start()) {
                for (Pipelines.RouteInfo r : p.routes()) {
                    System.out.printf("route %-24s %s%n", r.id(), r.schedule());
                }
                ServeCommand.announce(server, api);
                System.out.println("inbox: " + s.home().resolve("inbox") + " — running; Ctrl-C to stop");
                Thread hook = new Thread(() -> {
                    System.out.println("stopping: the page, the routes, then the index queue");
                    server.close();
                    p.close();
                    // The JVM halts when this hook ends: the parser processes are stopped here, not after it.
                    core.close();
                    if (ownNode) {
                        try {
                            System.out.println("stopping the Elasticsearch node this run started");
                            Cluster.stopNode(s, System.out::println);
                        } catch (Exception e) {
                            System.err.println("policylens: the node did not stop cleanly: " + e.getMessage()
                                + "; `policylens es stop` stops it");
                        }
                    }
                    System.out.println("stopped");
                    stopped.countDown();
                }, "policylens-stop");
                Runtime.getRuntime().addShutdownHook(hook);
                stopped.await();
            }
        }
        return 0;
    }
}
