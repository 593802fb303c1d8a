package io.policylens.source;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * robots.txt per host, read once per crawl pass and parsed by crawler-commons: a missing file (4xx) allows all; one
 * that cannot be fetched (the host unreachable, a 5xx) allows nothing until the next pass, as RFC 9309 asks — and
 * that is a fetch failure of the pass, with its reason, not a page the site disallowed. Thread-safe.
 */
public final class RobotsRules {

    /** A Crawl-delay above this is taken as this: a site must not stall a pass for hours. */
    private static final Duration MAX_DELAY = Duration.ofSeconds(30);

    private final HttpFetcher fetcher;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final ConcurrentMap<String, Entry> byHost = new ConcurrentHashMap<>();

    /** A host's rules, and why its robots.txt could not be read (null when it could, or was missing). */
    private record Entry(BaseRobotRules rules, String failure) {
    }

    public RobotsRules(HttpFetcher fetcher) {
        this.fetcher = fetcher;
    }

    public boolean allowed(URI url) throws InterruptedException {
        return rules(url).isAllowed(url.toString());
    }

    /** Why the robots.txt of this URL's host could not be fetched, or null when it could (or is missing). */
    public String failure(URI url) throws InterruptedException {
        return entry(url).failure();
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
        return entry(url).rules();
    }

    private Entry entry(URI url) throws InterruptedException {
        String key = origin(url);
        Entry known = byHost.get(key);
        if (known != null) {
            return known;
        }
        URI robots = URI.create(key + "/robots.txt");
        FetchResult r = fetcher.fetch(robots, Validators.NONE);
        Entry entry;
        if (r.ok()) {
            entry = new Entry(parser.parseContent(robots.toString(), r.body(),
                r.contentType() == null ? "text/plain" : r.contentType(), List.of(fetcher.settings().robotName())), null);
        } else if (r.status() >= 400 && r.status() < 500) {
            entry = new Entry(parser.failedFetch(r.status()), null); // no robots.txt: everything allowed
        } else {
            entry = new Entry(parser.failedFetch(r.status() == 0 ? 500 : r.status()),
                "robots.txt could not be fetched: " + r.reason());
        }
        byHost.putIfAbsent(key, entry);
        return byHost.get(key);
    }

    static String origin(URI url) {
        return url.getScheme() + "://" + url.getRawAuthority();
    }
}
