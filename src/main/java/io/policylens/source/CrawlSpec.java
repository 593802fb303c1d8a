package io.policylens.source;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What one crawl fetches: where it starts, which links it follows, which pages are articles to ingest, and how
 * far and how fast it goes. Immutable; {@link CrawlDefinition} is its face in the YAML pipelines.
 *
 * @param name      the crawl's name: its route is {@code crawl-<name>}
 * @param seeds     where each pass starts: listing pages, RSS/Atom feeds or sitemaps (detected by their content)
 * @param follow    links whose pages are read for more links (listings, pagination); seeds always are
 * @param articles  links whose pages are ingested; empty means every page that is not a seed
 * @param maxPages  requests per pass, robots.txt included
 * @param maxDepth  link hops from a seed
 * @param hostDelay the least time between two requests to one host (a longer robots.txt Crawl-delay wins)
 * @param sameHost  whether links to other hosts than the seeds' are left alone
 */
public record CrawlSpec(String name, List<URI> seeds, List<Pattern> follow, List<Pattern> articles, int maxPages,
                        int maxDepth, Duration hostDelay, boolean sameHost) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

    public CrawlSpec {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("crawl name '" + name + "' must be lower-case letters, digits and -");
        }
        seeds = List.copyOf(seeds);
        follow = List.copyOf(follow);
        articles = List.copyOf(articles);
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("crawl " + name + " has no seeds");
        }
        for (URI seed : seeds) {
            if (!"http".equals(seed.getScheme()) && !"https".equals(seed.getScheme())) {
                throw new IllegalArgumentException("crawl " + name + ": seed " + seed + " is not an http(s) URL");
            }
        }
        if (maxPages < 1 || maxDepth < 0) {
            throw new IllegalArgumentException("crawl " + name + ": maxPages must be ≥ 1 and maxDepth ≥ 0");
        }
        Objects.requireNonNull(hostDelay, "hostDelay");
        if (hostDelay.isNegative()) {
            throw new IllegalArgumentException("crawl " + name + ": hostDelay is negative");
        }
    }

    /** An ad hoc crawl from one URL: every page of its host, the seed's links followed, robots.txt respected. */
    public static CrawlSpec adHoc(URI seed, int maxPages, int maxDepth, Duration hostDelay) {
        String host = Pattern.quote(seed.getScheme() + "://" + seed.getRawAuthority() + "/");
        return new CrawlSpec("adhoc", List.of(seed), List.of(Pattern.compile(host + ".*")), List.of(), maxPages,
            maxDepth, hostDelay, true);
    }

    boolean followed(String url) {
        return matchesAny(follow, url);
    }

    boolean article(String url, boolean isSeed) {
        return articles.isEmpty() ? !isSeed : matchesAny(articles, url);
    }

    private static boolean matchesAny(List<Pattern> patterns, String url) {
        for (Pattern p : patterns) {
            if (p.matcher(url).matches()) {
                return true;
            }
        }
        return false;
    }
}
