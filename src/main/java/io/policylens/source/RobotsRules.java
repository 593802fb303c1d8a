package io.policylens.source;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * robots.txt per host, read once per crawler and parsed by crawler-commons: a missing file (4xx) allows all, an
 * unreachable one (5xx, network) allows nothing until the next pass, as RFC 9309 asks. Thread-safe.
 */
public final class RobotsRules {

    /** A Crawl-delay above this is taken as this: a site must not stall a pass for hours. */
    private static final Duration MAX_DELAY = Duration.ofSeconds(30);

    private final HttpFetcher fetcher;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final ConcurrentMap<String, BaseRobotRules> byHost = new ConcurrentHashMap<>();

    public RobotsRules(HttpFetcher fetcher) {
        this.fetcher = fetcher;
    }

    public boolean allowed(URI url) throws InterruptedException {
        return rules(url).isAllowed(url.toString());
    }

    /** The delay robots.txt asks for on this URL's host, or the given one when it asks for less. */
    public Duration delay(URI url, Duration atLeast) throws InterruptedException {
        long ms = rules(url).getCrawlDelay();
        if (ms == BaseRobotRules.UNSET_CRAWL_DELAY || ms <= atLeast.toMillis()) {
            return atLeast;
        }
        return Duration.ofMillis(Math.min(ms, MAX_DELAY.toMillis()));
    }

    /** The sitemaps robots.txt names. */
    public List<String> sitemaps(URI url) throws InterruptedException {
        return rules(url).getSitemaps();
    }

    private BaseRobotRules rules(URI url) throws InterruptedException {
        String key = origin(url);
        BaseRobotRules known = byHost.get(key);
        if (known != null) {
            return known;
        }
        URI robots = URI.create(key + "/robots.txt");
        FetchResult r = fetcher.fetch(robots, Validators.NONE);
        BaseRobotRules rules = r.ok()
            ? parser.parseContent(robots.toString(), r.body(), r.contentType() == null ? "text/plain" : r.contentType(),
                List.of(fetcher.settings().robotName()))
            : parser.failedFetch(r.status() == 0 ? 500 : r.status());
        byHost.putIfAbsent(key, rules);
        return byHost.get(key);
    }

    static String origin(URI url) {
        return url.getScheme() + "://" + url.getRawAuthority();
    }
}
