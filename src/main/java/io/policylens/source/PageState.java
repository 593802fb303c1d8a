package io.policylens.source;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a crawl knows of one URL since its last successful fetch: the validators for a conditional GET, the hash
 * of the body, and the links the page held (so a listing that has not changed still leads somewhere).
 */
public record PageState(String url, String etag, String lastModified, String contentHash, List<String> links,
                        Instant fetchedAt) {

    public PageState {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        links = links == null ? List.of() : List.copyOf(links);
    }

    public Validators validators() {
        return new Validators(etag, lastModified);
    }
}
