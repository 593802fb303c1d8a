package io.policylens.api;

import java.io.IOException;

/**
 * What the API can do that changes state, wired by the application (the API knows nothing of crawls or
 * indexing): every call is guarded by {@link ApiServer}.
 */
public interface Actions {

    /** Starts one pass of a declared crawl in the background; returns a line saying so. */
    String startCrawl(String name);

    /** Deletes a document; false when there was none with this id. */
    boolean deleteDocument(String id) throws IOException;
}
