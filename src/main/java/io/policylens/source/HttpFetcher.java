package io.policylens.source;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Fetches one URL over HTTP(S): conditional when validators are known, redirects followed (loops detected), the
 * body cut off past a size limit or a deadline, and retried with exponential backoff after timeouts, I/O errors,
 * 429 and 5xx. Never throws for what the network does: every failure is a {@link FetchResult} with its reason.
 * Thread-safe.
 */
public final class HttpFetcher implements AutoCloseable {

    private final FetchSettings settings;
    private final HttpClient client;
    private final ScheduledExecutorService deadlines = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "policylens-fetch-deadline");
        t.setDaemon(true);
        return t;
    });

    public HttpFetcher(FetchSettings settings) {
        this.settings = settings;
        // Redirects by hand: to count them, detect loops and keep the final URL.
        this.client = HttpClient.newBuilder()
            .connectTimeout(settings.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    }

    public FetchSettings settings() {
        return settings;
    }

    public FetchResult fetch(URI url, Validators validators) throws InterruptedException {
        FetchResult last = null;
        for (int attempt = 1; attempt <= settings.retries() + 1; attempt++) {
            if (attempt > 1) {
                Thread.sleep(settings.retryBackoff().toMillis() << (attempt - 2));
            }
            Attempt a = attempt(url, validators, attempt);
            last = a.result();
            if (!a.retryable()) {
                return last;
            }
        }
        return last;
    }

    private record Attempt(FetchResult result, boolean retryable) {
    }

    /** What the network said, in words a user can act on: an unknown host, a refused connection, or the error. */
    static String describe(IOException e, URI url) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.nio.channels.UnresolvedAddressException || t instanceof java.net.UnknownHostException) {
                return "unknown host " + url.getHost();
            }
        }
        if (e instanceof java.net.ConnectException) {
            int port = url.getPort() >= 0 ? url.getPort() : "https".equals(url.getScheme()) ? 443 : 80;
            return "connection refused by " + url.getHost() + ":" + port;
        }
        return "I/O error: " + e;
    }

    private Attempt attempt(URI start, Validators validators, int attempt) throws InterruptedException {
        URI url = start;
        Set<URI> seen = new HashSet<>();
        for (int hop = 0; ; hop++) {
            if (!seen.add(url)) {
                return new Attempt(FetchResult.failed(url, 0, attempt, "redirect loop at " + url), false);
            }
            if (hop > settings.maxRedirects()) {
                return new Attempt(FetchResult.failed(url, 0, attempt, "more than " + settings.maxRedirects()
                    + " redirects"), false);
            }
            HttpRequest.Builder req = HttpRequest.newBuilder(url)
                .timeout(settings.readTimeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .GET();
            if (hop == 0 && validators.etag() != null) {
                req.header("If-None-Match", validators.etag());
            }
            if (hop == 0 && validators.lastModified() != null) {
                req.header("If-Modified-Since", validators.lastModified());
            }
            HttpResponse<InputStream> response;
            try {
                response = client.send(req.build(), HttpResponse.BodyHandlers.ofInputStream());
            } catch (HttpTimeoutException e) {
                return new Attempt(FetchResult.failed(url, 0, attempt, "timed out after "
                    + settings.readTimeout().toMillis() + " ms"), true);
            } catch (IOException e) {
                return new Attempt(FetchResult.failed(url, 0, attempt, describe(e, url)), true);
            }
            int status = response.statusCode();
            HttpHeaders headers = response.headers();
            if (status >= 300 && status < 400 && status != 304) {
                close(response.body());
                Optional<String> location = headers.firstValue("Location");
                if (location.isEmpty()) {
                    return new Attempt(FetchResult.failed(url, status, attempt, "redirect without Location"), false);
                }
                url = url.resolve(location.get().trim());
                continue;
            }
            if (status == 304) {
                close(response.body());
                return new Attempt(new FetchResult(FetchResult.Outcome.NOT_MODIFIED, url, status, null, null, null,
                    validators.etag(), validators.lastModified(), attempt, null), false);
            }
            if (status != 200) {
                close(response.body());
                boolean retry = status == 429 || status >= 500;
                return new Attempt(FetchResult.failed(url, status, attempt, "HTTP " + status), retry);
            }
            byte[] body;
            try {
                body = readLimited(response.body());
            } catch (TooLarge e) {
                return new Attempt(FetchResult.failed(url, status, attempt, "body larger than "
                    + settings.maxBytes() + " bytes"), false);
            } catch (IOException e) {
                return new Attempt(FetchResult.failed(url, status, attempt, "body not read within "
                    + settings.readTimeout().toMillis() + " ms: " + e.getMessage()), true);
            }
            String type = headers.firstValue("Content-Type").orElse(null);
            return new Attempt(new FetchResult(FetchResult.Outcome.OK, url, status, mediaType(type), charset(type), body,
                headers.firstValue("ETag").orElse(null), headers.firstValue("Last-Modified").orElse(null), attempt,
                null), false);
        }
    }

    private static final class TooLarge extends IOException {
        TooLarge() {
            super("too large");
        }
    }

    /** Reads at most maxBytes; a body still coming at the deadline is cut off by closing its stream. */
    private byte[] readLimited(InputStream in) throws IOException {
        ScheduledFuture<?> deadline = deadlines.schedule(() -> close(in), settings.readTimeout().toMillis(),
            TimeUnit.MILLISECONDS);
        try (in) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxBytes()));
            if (in.read() != -1) {
                throw new TooLarge();
            }
            return body;
        } finally {
            deadline.cancel(false);
        }
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // Nothing to do: the response is abandoned.
        }
    }

    static String mediaType(String contentType) {
        if (contentType == null) {
            return null;
        }
        String t = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return t.isEmpty() ? null : t;
    }

    static String charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String param : contentType.split(";")) {
            String p = param.trim();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                String v = p.substring("charset=".length()).trim().replace("\"", "").replace("'", "");
                return v.isEmpty() ? null : v;
            }
        }
        return null;
    }

    @Override
    public void close() {
        deadlines.shutdownNow();
    }
}
