package io.policylens.cli;

import io.policylens.app.Cluster;
import io.policylens.app.Ingests;
import io.policylens.ingest.IngestCore;
import io.policylens.pipelines.Pipelines;
import io.policylens.app.Settings;
import io.policylens.index.EsConnection;
import io.policylens.source.CrawlDefinition;
import io.policylens.source.CrawlSpec;
import io.policylens.source.CrawlSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Callable;

/** {@code policylens crawl}: one pass of a declared crawl, or of an ad hoc one from a URL. */
@Command(name = "crawl", mixinStandardHelpOptions = true,
    description = {"Run one pass of a crawl and print what it did: fetched, new, changed, unchanged, skipped by "
        + "robots.txt, failed.",
        "PIPELINE is a crawl's name (its file crawl-NAME.camel.yaml in the pipelines folder); --url crawls one site "
            + "from a seed without a pipeline (same host, robots.txt respected)."})
final class CrawlCommand implements Callable<Integer> {

    @ParentCommand
    Main root;

    @Mixin
    PipelineOptions pipelines;

    @Parameters(arity = "0..1", paramLabel = "PIPELINE", description = "The crawl to run.")
    String pipeline;

    @Option(names = "--url", paramLabel = "URL", description = "Crawl this site from this page instead.")
    URI url;

    @Option(names = "--once", required = true, description = "Run one pass and exit (schedules run under `policylens run`).")
    boolean once;

    @Option(names = "--max-pages", paramLabel = "N", defaultValue = "50",
        description = "With --url: requests at most (default: ${DEFAULT-VALUE}).")
    int maxPages;

    @Option(names = "--max-depth", paramLabel = "N", defaultValue = "2",
        description = "With --url: link hops from the seed (default: ${DEFAULT-VALUE}).")
    int maxDepth;

    @Option(names = "--delay", paramLabel = "MILLIS", defaultValue = "1000",
        description = "With --url: least time between two requests to the host (default: ${DEFAULT-VALUE}).")
    long delayMillis;

    @Override
    public Integer call() throws Exception {
        if ((pipeline == null) == (url == null)) {
            throw new CommandLine.ParameterException(new CommandLine(this), "give a PIPELINE or --url, not both");
        }
        Settings s = root.settings();
        try (EsConnection es = Cluster.connect(s, System.err::println);
             IngestCore core = Ingests.core(s, es, Ingests.pipeline(s));
             Pipelines p = Ingests.pipelines(core, pipelines.options(false, s.home().resolve("inbox")))) {
            CrawlSummary summary;
            if (url != null) {
                summary = p.crawl(CrawlSpec.adHoc(url, maxPages, maxDepth, Duration.ofMillis(delayMillis)));
            } else {
                CrawlDefinition d = p.crawls().get(pipeline.replaceFirst("^crawl-", "").replaceFirst("\\.camel\\.yaml$", ""));
                summary = d == null ? p.crawlOnce(pipeline) : p.crawl(d.spec());
            }
            // The pass printed its rejections and its summary line as it ended, as it does under `run`.
            if (summary.fetched() == 0 && summary.failed() > 0) {
                System.err.println("policylens: nothing could be fetched");
                return 1;
            }
        }
        return 0;
    }
}
