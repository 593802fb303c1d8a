package io.policylens.pipelines;

import io.policylens.document.RawDocument;
import io.policylens.ingest.IngestCore;
import io.policylens.ingest.IngestRun;
import io.policylens.ingest.IngestSummary;
import org.apache.camel.Exchange;

import java.io.IOException;

/**
 * The ingest route's step: a document joins the ingest run of the unit of work it belongs to (a crawl pass keeps
 * its run on the exchange), or, sent on its own, is ingested as a run of one. Thread-safe.
 */
public final class IngestSteps {

    private final IngestCore core;

    public IngestSteps(IngestCore core) {
        this.core = core;
    }

    public void add(RawDocument raw, Exchange exchange) throws IOException, InterruptedException {
        IngestRun run = exchange.getProperty(CrawlPasses.RUN, IngestRun.class);
        if (run != null) {
            run.add(raw);
            return;
        }
        try (IngestRun single = core.open(IngestRun.Listener.NONE, 1)) {
            single.add(raw);
            IngestSummary summary = single.finish();
            exchange.getMessage().setBody(summary);
        }
    }
}
