package io.policylens.search;

import java.time.LocalDate;

/**
 * Which indicators to stream: those of documents matching {@code text} (null: all) and the {@code filters} (the
 * filters' kind selects the indicators themselves), whose region (province, city or division name) is
 * {@code region}; nulls filter nothing.
 */
public record IndicatorQuery(String text, SearchFilters filters, String region, long limit) {

    public IndicatorQuery {
        filters = filters == null ? SearchFilters.NONE : filters;
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
    }

    /** The command line's form: a kind, a region, documents published on or after {@code since}. */
    public IndicatorQuery(String text, String kind, String region, LocalDate since, long limit) {
        this(text, SearchFilters.NONE.withKind(kind).withFrom(since), region, limit);
    }

    public String kind() {
        return filters.kind();
    }
}
