package io.policylens.app;

import io.policylens.document.DocumentId;
import io.policylens.document.Rejection;
import io.policylens.document.SourceRef;
import io.policylens.index.CrawlRunLog;
import io.policylens.index.IndexLayout;
import io.policylens.index.RejectionLog;
import io.policylens.source.CrawlDefinition;
import io.policylens.source.CrawlFailure;
import io.policylens.source.CrawlSpec;
import io.policylens.source.CrawlSummary;
import io.policylens.source.SiteCrawler;

import java.io.IOException;
import java.net.URI;

/**
 * The crawl route's two ends: a pass started from a crawl definition, and, once every article it yielded has been
 * through the ingest route, the pass settled: documents flushed, copies folded, fetch failures recorded as
 * rejections (stage {@code fetch}), the pass's counts kept for {@code policylens pipelines}. Thread-safe.
 */
public final class CrawlPasses {

    private final SiteCrawler crawler;
    private final DocumentSink sink;
    private final RejectionLog rejections;
    private final CrawlRunLog runs;
    private final IndexLayout layout;

    public CrawlPasses(SiteCrawler crawler, DocumentSink sink, RejectionLog rejections, CrawlRunLog runs,
                       IndexLayout layout) {
        this.crawler = crawler;
        this.layout = layout;
        this.sink = sink;
        this.rejections = rejections;
        this.runs = runs;
    }

    /** A pass; its body may be a {@link CrawlSpec} or the {@link CrawlDefinition} a pipeline file declares. */
    public SiteCrawler.Pass start(Object crawl) {
        CrawlSpec spec = crawl instanceof CrawlDefinition d ? d.spec() : (CrawlSpec) crawl;
        return crawler.crawl(spec);
    }

    public CrawlSummary finish(SiteCrawler.Pass pass) throws IOException, InterruptedException {
        sink.flush();
        CrawlSummary summary = pass.summary();
        for (CrawlFailure f : summary.failures()) {
            SourceRef source = SourceRef.ofUrl(URI.create(f.url()));
            rejections.record(new Rejection(DocumentId.of(source), f.url(), "fetch", f.reason(), summary.finished()));
        }
        runs.record(summary);
        layout.refresh(); // a pass's documents are searchable when it reports
        return summary;
    }
}
