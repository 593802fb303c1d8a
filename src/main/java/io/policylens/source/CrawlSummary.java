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
 */
public record CrawlSummary(String crawl, Instant started, Instant finished, int fetched, int newPages, int changed,
                           int unchanged, int skippedRobots, int failed, List<CrawlFailure> failures) {

    public CrawlSummary {
        failures = List.copyOf(failures);
    }

    public String line() {
        return String.format("crawl %s: fetched %d, new %d, changed %d, unchanged %d, skipped by robots %d, failed %d",
            crawl, fetched, newPages, changed, unchanged, skippedRobots, failed);
    }
}
