package io.policylens.pipelines;

import io.policylens.document.SourceRef;
import io.policylens.index.CrawlRunLog;
import io.policylens.ingest.IngestCore;
import io.policylens.ingest.IngestOutcome;
import io.policylens.ingest.IngestRun;
import io.policylens.source.CrawlDefinition;
import io.policylens.source.CrawlFailure;
import io.policylens.source.CrawlSpec;
import io.policylens.source.CrawlSummary;
import io.policylens.source.SiteCrawler;
import org.apache.camel.Exchange;
import org.apache.camel.support.SynchronizationAdapter;

import java.io.IOException;
import java.net.URI;

/**
 * The crawl route's two ends. {@link #start} begins a pass and opens its ingest run (kept on the exchange, where
 * the ingest route finds it for each article); {@link #finish}, once every article has been through the ingest
 * route, records the pass's fetch failures as rejections (stage {@code fetch}), finishes the run and keeps the
 * pass's counts for {@code policylens pipelines}. An article's crawl state is saved when its outcome is settled,
 * never before. Thread-safe.
 */
public final class CrawlPasses {

    /** Exchange property holding the pass's ingest run. */
    public static final String RUN = "policylens.ingestRun";
    /** Exchange property holding what the pass's articles came to. */
    static final String OUTCOMES = "policylens.crawlOutcomes";
    /** Articles arrive one by one, a host delay apart: small batches keep the index close behind the fetches. */
    static final int BATCH = 4;

    private final SiteCrawler crawler;
    private final IngestCore core;
    private final CrawlRunLog runs;

    public CrawlPasses(SiteCrawler crawler, IngestCore core, CrawlRunLog runs) {
        this.crawler = crawler;
        this.core = core;
        this.runs = runs;
    }

    /** A pass; its body may be a {@link CrawlSpec} or the {@link CrawlDefinition} a pipeline file declares. */
    public SiteCrawler.Pass start(Object crawl, Exchange exchange) {
        CrawlSpec spec = crawl instanceof CrawlDefinition d ? d.spec() : (CrawlSpec) crawl;
        SiteCrawler.Pass pass = crawler.crawl(spec);
        Outcomes outcomes = new Outcomes(spec.name());
        IngestRun run = core.open(o -> {
            pass.settled(o.uri(), keeps(o));
            outcomes.add(o);
        }, BATCH);
        exchange.setProperty(RUN, run);
        exchange.setProperty(OUTCOMES, outcomes);
        // A pass that fails half-way still releases its run (finished runs ignore this).
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange e) {
                run.close();
            }
        });
        return pass;
    }

    /** Whether an article's crawl state is kept: not when indexing it failed, so that the next pass tries again. */
    static boolean keeps(IngestOutcome o) {
        return !(o.kind() == IngestOutcome.Kind.REJECTED && "index".equals(o.stage()));
    }

    public CrawlSummary finish(SiteCrawler.Pass pass, Exchange exchange) throws IOException, InterruptedException {
        IngestRun run = exchange.getProperty(RUN, IngestRun.class);
        CrawlSummary fetched = pass.summary();
        for (CrawlFailure f : fetched.failures()) {
            run.reject(SourceRef.ofUrl(URI.create(f.url())), "fetch", f.reason());
        }
        run.finish(); // a pass's documents are searchable when it reports
        Outcomes outcomes = exchange.getProperty(OUTCOMES, Outcomes.class);
        CrawlSummary summary = fetched.withIngest(outcomes.ingested.get(), outcomes.rejected.get());
        runs.record(summary);
        System.out.println(summary.line());
        return summary;
    }

    /**
     * Counts a pass's articles by outcome and prints one line for each input that is rejected (a fetch that failed,
     * a page that is not a document): the input, the stage and the reason, as {@code policylens rejects} lists it.
     */
    private static final class Outcomes {
        private final String crawl;
        private final java.util.concurrent.atomic.AtomicInteger ingested = new java.util.concurrent.atomic.AtomicInteger();
        private final java.util.concurrent.atomic.AtomicInteger rejected = new java.util.concurrent.atomic.AtomicInteger();

        Outcomes(String crawl) {
            this.crawl = crawl;
        }

        void add(IngestOutcome o) {
            if (o.kind() != IngestOutcome.Kind.REJECTED) {
                ingested.incrementAndGet();
            } else if ("fetch".equals(o.stage())) {
                System.out.println("crawl " + crawl + ": failed " + o.uri() + " (fetch: " + o.reason() + ")");
            } else {
                rejected.incrementAndGet();
                System.out.println("crawl " + crawl + ": rejected " + o.uri() + " (" + o.stage() + ": " + o.reason() + ")");
            }
        }
    }
}
