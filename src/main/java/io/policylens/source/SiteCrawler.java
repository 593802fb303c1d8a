package io.policylens.source;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import io.policylens.document.Hashes;
import io.policylens.document.RawDocument;
import io.policylens.document.SourceRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

/**
 * Crawls a site breadth-first from its seeds: robots.txt obeyed, one host asked politely, conditional GETs for what
 * is known, content hashes for servers that ignore them, feeds and sitemaps read by crawler-commons. A pass is
 * lazy: it yields the new and changed articles one at a time, so that each is ingested before the next is fetched.
 * What the crawl knows of an article (its validators and hash) is saved only once the article is settled — indexed,
 * rejected or spooled ({@link Pass#settled}) — so that a process killed in between fetches it again next time.
 * Thread-safe; each pass belongs to the thread that iterates it.
 */
public final class SiteCrawler {

    private final HttpFetcher fetcher;
    private final HostThrottle throttle;
    private final CrawlState state;
    private final LinkExtractor links = new LinkExtractor();
    private final Clock clock;

    public SiteCrawler(HttpFetcher fetcher, HostThrottle throttle, CrawlState state, Clock clock) {
        this.fetcher = fetcher;
        this.throttle = throttle;
        this.state = state;
        this.clock = clock;
    }

    /** Starts a pass; nothing is fetched until it is iterated. */
    public Pass crawl(CrawlSpec spec) {
        return new Pass(spec);
    }

    private record Target(String url, int depth, boolean seed) {
    }

    /**
     * One pass over a crawl: the articles to ingest, in the order they were found, and the counts so far. State
     * I/O failures surface as {@link UncheckedIOException}; an interrupt ends the pass early.
     */
    public final class Pass implements Iterable<RawDocument> {

        private final CrawlSpec spec;
        private final Deque<Target> frontier = new ArrayDeque<>();
        private final Set<String> seen = new HashSet<>();
        private final Set<String> hosts = new HashSet<>();
        private final List<CrawlFailure> failures = new ArrayList<>();
        /** robots.txt is read again each pass: a host that was down last time is asked again. */
        private final RobotsRules robots = new RobotsRules(fetcher);
        /** What is known of articles handed out and not yet settled, by URL. */
        private final java.util.Map<String, PageState> unsettled = new java.util.concurrent.ConcurrentHashMap<>();
        private final Instant started = clock.instant();
        private int requests;
        private int fetched;
        private int fresh;
        private int changed;
        private int unchanged;
        private int skippedRobots;
        private boolean iterated;

        private Pass(CrawlSpec spec) {
            this.spec = spec;
            for (URI seed : spec.seeds()) {
                String url = links.normalise(seed, seed.toString());
                hosts.add(URI.create(url).getHost().toLowerCase(Locale.ROOT));
                enqueue(url, 0, true);
            }
        }

        public CrawlSpec spec() {
            return spec;
        }

        @Override
        public Iterator<RawDocument> iterator() {
            if (iterated) {
                throw new IllegalStateException("a crawl pass is iterated once");
            }
            iterated = true;
            return new Iterator<>() {
                private RawDocument next;

                @Override
                public boolean hasNext() {
                    if (next == null) {
                        next = advance();
                    }
                    return next != null;
                }

                @Override
                public RawDocument next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    RawDocument r = next;
                    next = null;
                    return r;
                }
            };
        }

        /**
         * An article this pass yielded has found its end: when {@code keep}, what the crawl knows of it is saved,
         * so the next pass asks for it conditionally and skips it if unchanged; otherwise (its ingest failed) the
         * next pass fetches and ingests it again. URLs the pass did not yield are ignored.
         */
        public void settled(String url, boolean keep) throws IOException {
            PageState s = unsettled.remove(url);
            if (s != null && keep) {
                state.put(s);
            }
        }

        /** The counts of the pass so far; complete once the iteration has ended. */
        public CrawlSummary summary() {
            return new CrawlSummary(spec.name(), started, clock.instant(), fetched, fresh, changed, unchanged,
                skippedRobots, failures.size(), failures);
        }

        private void enqueue(String url, int depth, boolean seed) {
            if (url != null && seen.add(url)) {
                frontier.add(new Target(url, depth, seed));
            }
        }

        /** Fetches until the next article to ingest, or null at the end of the pass. */
        private RawDocument advance() {
            try {
                while (!frontier.isEmpty() && requests < spec.maxPages()) {
                    RawDocument doc = visit(frontier.poll());
                    if (doc != null) {
                        return doc;
                    }
                }
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException("crawl state: " + e.getMessage(), e);
            }
        }

        private RawDocument visit(Target t) throws InterruptedException, IOException {
            URI url = URI.create(t.url());
            String unreachable = robots.failure(url);
            if (unreachable != null) {
                failures.add(new CrawlFailure(t.url(), 0, unreachable));
                return null;
            }
            if (!robots.allowed(url)) {
                skippedRobots++;
                return null;
            }
            throttle.await(RobotsRules.origin(url), robots.delay(url, spec.hostDelay()));
            Optional<PageState> known = state.get(t.url());
            requests++;
            FetchResult r = fetcher.fetch(url, known.map(PageState::validators).orElse(Validators.NONE));
            boolean article = spec.article(t.url(), t.seed());
            boolean follow = (t.seed() || spec.followed(t.url())) && t.depth() < spec.maxDepth();
            switch (r.outcome()) {
                case FAILED -> {
                    failures.add(new CrawlFailure(t.url(), r.status(), r.reason()));
                    return null;
                }
                case NOT_MODIFIED -> {
                    fetched++;
                    if (follow) {
                        known.get().links().forEach(l -> enqueueLink(l, t.depth() + 1));
                    }
                    if (article) {
                        unchanged++;
                    }
                    return null;
                }
                default -> {
                    fetched++;
                    return received(t, r, known, article, follow);
                }
            }
        }

        private RawDocument received(Target t, FetchResult r, Optional<PageState> known, boolean article,
                                     boolean follow) throws IOException {
            byte[] body = r.body();
            Optional<Listing> listed = feedOrSitemap(r);
            List<String> outlinks = listed.map(Listing::urls)
                .orElseGet(() -> follow ? links.links(r.url(), body, r.charset()) : List.of());
            if (listed.isPresent() && listed.get().sitemaps()) {
                outlinks.forEach(l -> enqueue(l, t.depth(), false)); // a sitemap index: its sitemaps, whatever their names
            } else if (listed.isPresent() || follow) {
                outlinks.forEach(l -> enqueueLink(l, t.depth() + 1));
            }
            String hash = Hashes.sha256Hex(body);
            PageState fetchedState = new PageState(t.url(), r.etag(), r.lastModified(), hash, outlinks, clock.instant());
            if (!article || listed.isPresent()) {
                state.put(fetchedState); // a listing is not ingested: known at once
                return null;
            }
            if (known.isPresent() && hash.equals(known.get().contentHash())) {
                state.put(fetchedState); // new validators, same article: nothing to ingest
                unchanged++;
                return null;
            }
            unsettled.put(t.url(), fetchedState);
            if (known.isPresent()) {
                changed++;
            } else {
                fresh++;
            }
            return RawDocument.of(SourceRef.ofUrl(URI.create(t.url())), clock.instant(), r.contentType(), r.charset(),
                body);
        }

        private void enqueueLink(String link, int depth) {
            URI u;
            try {
                u = URI.create(link);
            } catch (IllegalArgumentException e) {
                return;
            }
            if (spec.sameHost() && (u.getHost() == null || !hosts.contains(u.getHost().toLowerCase(Locale.ROOT)))) {
                return;
            }
            if (depth <= spec.maxDepth() && (spec.followed(link) || spec.article(link, false))) {
                enqueue(link, depth, false);
            }
        }
    }

    /** The URLs a feed or sitemap lists; {@code sitemaps} when they are sitemaps themselves (a sitemap index). */
    private record Listing(List<String> urls, boolean sitemaps) {
    }

    /** The URLs listed by a feed (RSS, Atom) or sitemap, or empty when the body is neither. */
    private Optional<Listing> feedOrSitemap(FetchResult r) {
        if (!looksLikeXmlListing(r.contentType(), r.body())) {
            return Optional.empty();
        }
        try {
            AbstractSiteMap map = new SiteMapParser(false).parseSiteMap(r.contentType() == null ? "text/xml"
                : r.contentType(), r.body(), r.url().toURL());
            List<String> out = new ArrayList<>();
            if (map instanceof SiteMapIndex index) {
                index.getSitemaps().forEach(m -> out.add(m.getUrl().toString()));
            } else if (map instanceof SiteMap sitemap) {
                for (SiteMapURL u : sitemap.getSiteMapUrls()) {
                    String l = links.normalise(r.url(), u.getUrl().toString());
                    if (l != null) {
                        out.add(l);
                    }
                }
            }
            return Optional.of(new Listing(out, map instanceof SiteMapIndex));
        } catch (UnknownFormatException | IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static boolean looksLikeXmlListing(String contentType, byte[] body) {
        if (contentType != null && (contentType.contains("rss") || contentType.contains("atom"))) {
            return true;
        }
        String head = new String(body, 0, Math.min(body.length, 1024), StandardCharsets.ISO_8859_1)
            .toLowerCase(Locale.ROOT);
        return !head.contains("<html") && (head.contains("<rss") || head.contains("<urlset")
            || head.contains("<sitemapindex") || head.contains("<feed"));
    }
}
