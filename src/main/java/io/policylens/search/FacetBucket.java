package io.policylens.search;

/** One value of a facet and how many matching documents have it. */
public record FacetBucket(String key, long count) {
}
