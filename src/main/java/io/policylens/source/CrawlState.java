package io.policylens.source;

import java.io.IOException;
import java.util.Optional;

/**
 * Where crawls remember what they fetched, shared by every worker and kept across restarts (the application
 * keeps it in Elasticsearch). Implementations are thread-safe.
 */
public interface CrawlState {

    Optional<PageState> get(String url) throws IOException;

    void put(PageState state) throws IOException;

    /** Forgets a URL, so that the next pass fetches and ingests it again (after its ingest failed). */
    void forget(String url) throws IOException;
}
