package io.policylens.cli;

import io.policylens.app.Cluster;
import io.policylens.app.Ingests;
import io.policylens.ingest.IngestCore;
import io.policylens.pipelines.Pipelines;
import io.policylens.app.Settings;
import io.policylens.index.EsConnection;
import io.policylens.source.CrawlSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

/** {@code policylens pipelines}: the routes, their schedules, and each crawl's last pass. */
@Command(name = "pipelines", mixinStandardHelpOptions = true,
    description = "List the routes of the pipelines folder with their schedule, last run and counts.")
final class PipelinesCommand implements Callable<Integer> {

    @ParentCommand
    Main root;

    @Mixin
    PipelineOptions pipelines;

    @Override
    public Integer call() throws Exception {
        Settings s = root.settings();
        try (EsConnection es = Cluster.connect(s, System.err::println);
             IngestCore core = Ingests.core(s, es, Ingests.pipeline(s));
             Pipelines p = Ingests.pipelines(core, pipelines.options(false, s.home().resolve("inbox")))) {
            System.out.printf("%-24s %-22s %s%n", "ROUTE", "SCHEDULE", "LAST RUN");
            for (Pipelines.RouteInfo r : p.routes()) {
                String last = r.lastRun().map(PipelinesCommand::describe).orElse(r.id().startsWith("crawl-") ? "never" : "");
                System.out.printf("%-24s %-22s %s%n", r.id(), r.schedule(), last);
            }
        }
        return 0;
    }

    private static String describe(CrawlSummary s) {
        return s.finished() + "  fetched " + s.fetched() + ", new " + s.newPages() + ", changed " + s.changed()
            + ", unchanged " + s.unchanged() + ", skipped by robots " + s.skippedRobots() + ", failed " + s.failed();
    }
}
