package io.policylens.search;

import java.time.LocalDate;

/**
 * Which indicators to stream: documents matching {@code text} (null: all), indicators of a {@code kind}, whose
 * region (province, city or division name) is {@code region}, in documents published on or after {@code since};
 * nulls filter nothing.
 */
public record IndicatorQuery(String text, String kind, String region, LocalDate since, long limit) {

    public IndicatorQuery {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        if (kind != null && !kind.matches("money|percent|count|rank|ratio|target")) {
            throw new IllegalArgumentException("kind must be one of money, percent, count, rank, ratio, target; was " + kind);
        }
    }
}
