package io.policylens.search;

import java.util.List;
import java.util.Map;

/**
 * Hits in order, with the total number of matching documents, the simplified query that ran, and, when asked
 * for, facet counts (province, city, organisation, person, site, script, kind, year, issuer) and chart data.
 */
public record SearchResult(String query, String simplifiedQuery, long total, long tookMillis, List<SearchHit> hits,
                           Map<String, List<FacetBucket>> facets, Charts charts) {

    public SearchResult(String query, String simplifiedQuery, long total, long tookMillis, List<SearchHit> hits) {
        this(query, simplifiedQuery, total, tookMillis, hits, Map.of(), Charts.NONE);
    }
}
