package io.policylens.cli;

import io.policylens.app.Cluster;
import io.policylens.app.Ingests;
import io.policylens.ingest.IngestCore;
import io.policylens.source.FileSource;
import io.policylens.ingest.IngestJob;
import io.policylens.ingest.IngestSummary;
import io.policylens.app.Settings;
import io.policylens.index.EsConnection;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code policylens ingest PATH...}: files and folders into the index. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Extract, analyse and index files and folders (recursively).",
        "Unchanged files are skipped; rejected ones are listed by `policylens rejects`."})
final class IngestCommand implements Callable<Integer> {

    @ParentCommand
    Main root;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders.")
    List<Path> paths;

    @Option(names = "--threads", paramLabel = "N", description = "Workers for extraction and analysis (default: cores).")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        Settings s = root.settings();
        if (threads != null) {
            s = s.withThreads(threads);
        }
        List<Path> inputs = new FileSource(s.maxFileBytes()).list(paths);
        IngestSummary summary;
        try (EsConnection es = Cluster.connect(s, System.err::println);
             IngestCore core = Ingests.core(s, es, Ingests.pipeline(s))) {
            IngestJob job = Ingests.job(s, core);
            if (System.console() != null) {
                try (ProgressBar bar = new ProgressBarBuilder().setTaskName("Ingesting").setInitialMax(inputs.size())
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).continuousUpdate().build()) {
                    summary = job.run(inputs, done -> bar.stepTo(done));
                }
            } else {
                summary = job.run(inputs, done -> { });
            }
        }
        System.out.println(summary);
        if (summary.spooled() > 0) {
            io.policylens.index.Spool spool = new io.policylens.index.Spool(s.home().resolve("spool"));
            System.err.println("policylens: " + summary.spooled() + " document(s) could not be indexed ("
                + spool.lastReasonOnDisk() + ") and wait in " + spool.dir()
                + "; the next command that reaches the cluster replays them");
            return 3;
        }
        return 0;
    }
}
