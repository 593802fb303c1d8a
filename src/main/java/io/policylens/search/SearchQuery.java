package io.policylens.search;

/**
 * What an analyst asks: query text in simplified or traditional characters (see {@link QueryText} for its
 * syntax; empty lists every document that passes the filters), filters, an order, and a page.
 *
 * @param page   1-based
 * @param size   hits per page, 1 to 100 (1,000 for the command line)
 * @param facets whether to count facet values for the matching documents
 * @param charts whether to add chart data (documents per month, money by year and province): costlier, so asked
 *               for only when charts are shown
 */
public record SearchQuery(String text, SearchFilters filters, Sort sort, int page, int size, boolean facets,
                          boolean charts) {

    public enum Sort { RELEVANCE, DATE }

    /** The deepest result reachable by paging: Elasticsearch's default window. */
    public static final int MAX_WINDOW = 10_000;

    public SearchQuery {
        text = text == null ? "" : text;
        filters = filters == null ? SearchFilters.NONE : filters;
        sort = sort == null ? Sort.RELEVANCE : sort;
        if (size < 1 || size > 1000) {
            throw new IllegalArgumentException("size must be between 1 and 1000, was " + size);
        }
        if (page < 1 || (long) page * size > MAX_WINDOW) {
            throw new IllegalArgumentException("page must be at least 1 and page × size at most " + MAX_WINDOW
                + "; was page " + page + " of size " + size);
        }
    }

    /** A plain query: words, the first {@code limit} hits by relevance, no facets. */
    public SearchQuery(String text, int limit) {
        this(requireText(text), SearchFilters.NONE, Sort.RELEVANCE, 1, limit, false, false);
    }

    private static String requireText(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the query is empty");
        }
        return text;
    }

    int from() {
        return (page - 1) * size;
    }
}
