package io.policylens.search;

import java.util.List;

/** Hits in rank order, with the total number of matching documents and the simplified query that ran. */
public record SearchResult(String query, String simplifiedQuery, long total, long tookMillis, List<SearchHit> hits) {
}
