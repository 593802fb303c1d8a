package io.policylens.source;

import java.time.Instant;
import java.util.List;

/**
 * What one crawl pass did.
 *
 * @param fetched       responses received (200 or 304), robots.txt not counted
 * @param newPages      articles seen for the first time, sent to ingest
 * @param changed       known articles whose content changed, sent to ingest
 * @param unchanged     known articles answered with 304, or with the same content
 * @param skippedRobots URLs robots.txt disallows
 * @param failed        URLs that could not be fetched (see {@code failures})
 * @param indexed       articles sent to ingest that are in the index now (copies and unchanged ones included) or
 *                      spooled until the cluster returns
 * @param rejected      articles sent to ingest that were rejected (not documents: {@code policylens rejects})
 */
public record CrawlSummary(String crawl, Instant started, Instant finished, int fetched, int newPages, int changed,
                           int unchanged, int skippedRobots, int failed, List<CrawlFailure> failures, int indexed,
                           int rejected) {

    public CrawlSummary {
        failures = List.copyOf(failures);
    }

    /** A pass's fetching, before its articles' ingest outcomes are known. */
    public CrawlSummary(String crawl, Instant started, Instant finished, int fetched, int newPages, int changed,
                        int unchanged, int skippedRobots, int failed, List<CrawlFailure> failures) {
        this(crawl, started, finished, fetched, newPages, changed, unchanged, skippedRobots, failed, failures, 0, 0);
    }

    /** The same pass with what its articles' ingest came to. */
    public CrawlSummary withIngest(int indexed, int rejected) {
        return new CrawlSummary(crawl, started, finished, fetched, newPages, changed, unchanged, skippedRobots, failed,
            failures, indexed, rejected);
    }

    public String line() {
        return String.format("crawl %s: fetched %d, new %d, changed %d, unchanged %d, skipped by robots %d, failed %d;"
            + " ingested %d, rejected %d", crawl, fetched, newPages, changed, unchanged, skippedRobots, failed,
            indexed, rejected);
    }
}
