package io.policylens.source;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Crawl state in memory, for tests of the crawler without a cluster. */
final class MemoryCrawlState implements CrawlState {

    final Map<String, PageState> pages = new ConcurrentHashMap<>();

    @Override
    public Optional<PageState> get(String url) {
        return Optional.ofNullable(pages.get(url));
    }

    @Override
    public void put(PageState state) {
        pages.put(state.url(), state);
    }

    @Override
    public void forget(String url) {
        pages.remove(url);
    }
}
