package io.policylens.search;

/**
 * What an analyst asks: words in simplified or traditional characters; every whitespace-separated term must
 * occur (as a phrase of characters) in the title or text.
 */
public record SearchQuery(String text, int limit) {

    public SearchQuery {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the query is empty");
        }
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be between 1 and 1000, was " + limit);
        }
    }
}
