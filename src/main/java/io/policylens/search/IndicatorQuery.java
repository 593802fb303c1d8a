package io.policylens.search;

import java.time.LocalDate;

/**
 * Which indicators to stream: those of documents matching {@code text} (null: all) and the {@code filters} (the
 * filters' kind selects the indicators themselves), whose region (province, city or division name) is
 * {@code region}, and whose measure (level, change or target) is {@code measure}; nulls filter nothing.
 */
public record IndicatorQuery(String text, SearchFilters filters, String region, String measure, long limit) {

    public static final java.util.Set<String> MEASURES = java.util.Set.of("level", "change", "target");

    public IndicatorQuery {
        filters = filters == null ? SearchFilters.NONE : filters;
        if (measure != null && !MEASURES.contains(measure)) {
            throw new IllegalArgumentException("measure must be one of level, change, target; was " + measure);
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
    }

    /** The command line's form: a kind, a region, documents published on or after {@code since}. */
    public IndicatorQuery(String text, String kind, String region, String measure, LocalDate since, long limit) {
        this(text, SearchFilters.NONE.withKind(kind).withFrom(since), region, measure, limit);
    }

    public String kind() {
        return filters.kind();
    }
}
