package io.policylens.source;

import java.time.Duration;

/**
 * How pages are fetched.
 *
 * @param connectTimeout  to open a connection
 * @param readTimeout     for the whole response, body included: a page that drips forever is cut off
 * @param maxBytes        the largest body read; a longer one fails the fetch
 * @param retries         further attempts after a timeout, an I/O error, a 429 or a 5xx
 * @param retryBackoff    wait before the first retry; doubled before each next one
 * @param maxRedirects    redirects followed before giving up
 * @param userAgent       sent with every request and matched against robots.txt
 */
public record FetchSettings(Duration connectTimeout, Duration readTimeout, long maxBytes, int retries,
                            Duration retryBackoff, int maxRedirects, String userAgent) {

    public static FetchSettings defaults() {
        return new FetchSettings(Duration.ofSeconds(10), Duration.ofSeconds(30), 20L * 1024 * 1024, 2,
            Duration.ofSeconds(2), 5, "PolicyLens/1.0 (+https://github.com/policylens)");
    }

    /** The first token of the user agent: the name robots.txt groups are matched against. */
    public String robotName() {
        String token = userAgent.split("[/\\s]", 2)[0];
        return token.toLowerCase(java.util.Locale.ROOT);
    }

    public FetchSettings withTimeouts(Duration connect, Duration read) {
        return new FetchSettings(connect, read, maxBytes, retries, retryBackoff, maxRedirects, userAgent);
    }

    public FetchSettings withRetries(int n, Duration backoff) {
        return new FetchSettings(connectTimeout, readTimeout, maxBytes, n, backoff, maxRedirects, userAgent);
    }

    public FetchSettings withMaxBytes(long n) {
        return new FetchSettings(connectTimeout, readTimeout, n, retries, retryBackoff, maxRedirects, userAgent);
    }
}
