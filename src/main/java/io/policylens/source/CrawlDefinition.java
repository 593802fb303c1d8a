package io.policylens.source;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A crawl as a pipeline file declares it: a bean with setters that Camel's YAML DSL fills from {@code properties},
 * turned into an immutable {@link CrawlSpec} by {@link #spec()}, which checks every value. Lists are given as
 * whitespace- or comma-separated strings; durations as {@code 500ms}, {@code 2s}, {@code 1m}. Not thread-safe;
 * filled once at start-up.
 */
public final class CrawlDefinition {

    private String name;
    private String seeds = "";
    private String follow = "";
    private String articles = "";
    private int maxPages = 100;
    private int maxDepth = 3;
    private String hostDelay = "1s";
    private boolean sameHost = true;

    public void setName(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public void setSeeds(String seeds) {
        this.seeds = seeds;
    }

    /** Regular expressions, each matching a whole URL; whitespace-separated (commas may appear inside them). */
    public void setFollow(String follow) {
        this.follow = follow;
    }

    public void setArticles(String articles) {
        this.articles = articles;
    }

    public void setMaxPages(int maxPages) {
        this.maxPages = maxPages;
    }

    public void setMaxDepth(int maxDepth) {
        this.maxDepth = maxDepth;
    }

    public void setHostDelay(String hostDelay) {
        this.hostDelay = hostDelay;
    }

    public void setSameHost(boolean sameHost) {
        this.sameHost = sameHost;
    }

    /** The checked, immutable crawl; a bad value fails with the crawl's name and the value. */
    public CrawlSpec spec() {
        List<URI> seedList = new ArrayList<>();
        for (String s : split(seeds, "[\\s,]+")) {
            seedList.add(URI.create(s));
        }
        return new CrawlSpec(name == null ? "" : name, seedList, patterns(follow), patterns(articles), maxPages,
            maxDepth, duration(hostDelay), sameHost);
    }

    private static List<Pattern> patterns(String s) {
        return split(s, "\\s+").stream().map(Pattern::compile).toList();
    }

    private static List<String> split(String s, String by) {
        return s == null || s.isBlank() ? List.of() : Arrays.asList(s.trim().split(by));
    }

    /** {@code 250ms}, {@code 2s}, {@code 1m}, or an ISO-8601 duration. */
    static Duration duration(String s) {
        String v = s.trim().toLowerCase(Locale.ROOT);
        if (v.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
        }
        if (v.endsWith("s")) {
            return Duration.ofMillis(Math.round(Double.parseDouble(v.substring(0, v.length() - 1)) * 1000));
        }
        if (v.endsWith("m")) {
            return Duration.ofMinutes(Long.parseLong(v.substring(0, v.length() - 1)));
        }
        return Duration.parse(s.trim());
    }
}
