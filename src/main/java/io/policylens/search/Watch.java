package io.policylens.search;

import java.time.Instant;

/**
 * A saved search: a name the analyst chose, the query text (the syntax of {@link QueryText}) and its filters, as
 * {@code /api/search} takes them. What is new for a watch is what was indexed after a time and matches both.
 */
public record Watch(String id, String name, String query, SearchFilters filters, Instant created) {

    public Watch {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a watch needs a name");
        }
        name = name.strip();
        if (name.length() > 100) {
            throw new IllegalArgumentException("a watch's name is at most 100 characters; was " + name.length());
        }
        query = query == null ? "" : query.strip();
        filters = filters == null ? SearchFilters.NONE : filters;
        if (query.isEmpty() && filters.params().isEmpty()) {
            throw new IllegalArgumentException("a watch needs a query or a filter: it would report every document");
        }
    }

    /**
     * A time to list new documents from, as analysts type it: an ISO date (2026-03-18, midnight UTC) or time
     * (2026-03-18T08:00:00Z).
     *
     * @param name the parameter or option, named in the error
     */
    public static Instant since(String name, String value) {
        try {
            return value.length() == 10 ? java.time.LocalDate.parse(value).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()
                : java.time.OffsetDateTime.parse(value).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be an ISO date or time (2026-03-18 or 2026-03-18T08:00:00Z); "
                + "was '" + value + "'");
        }
    }
}
