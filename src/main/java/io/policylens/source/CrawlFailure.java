package io.policylens.source;

/** A URL a crawl pass could not fetch, and why; the next pass tries it again. */
public record CrawlFailure(String url, int status, String reason) {
}
