package io.policylens.cli;

import io.policylens.app.Cluster;
import io.policylens.app.DocumentPipeline;
import io.policylens.app.IngestJob;
import io.policylens.app.Pipelines;
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

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpus",
        description = "Ingested at start when it exists (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Override
    public Integer call() throws Exception {
        Settings s = root.settings();
        DocumentPipeline documents = new DocumentPipeline(s);
        try (EsConnection es = Cluster.connect(s, System.err::println)) {
            if (Files.isDirectory(corpus)) {
                IngestJob job = new IngestJob(s, documents);
                System.out.println("corpus: " + job.run(es, job.inputs(List.of(corpus)), done -> { }));
            }
            CountDownLatch stopped = new CountDownLatch(1);
            try (Pipelines p = new Pipelines(s, es, documents, pipelines.options(true))) {
                for (Pipelines.RouteInfo r : p.routes()) {
                    System.out.printf("route %-24s %s%n", r.id(), r.schedule());
                }
                System.out.println("inbox: " + s.home().resolve("inbox") + " — running; Ctrl-C to stop");
                Thread hook = new Thread(() -> {
                    System.out.println("stopping: routes, then the index queue");
                    p.close();
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
