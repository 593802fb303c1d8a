package io.policylens.search;

import java.util.List;

/**
 * One document found.
 *
 * @param snippets passages of the text in the document's own script, the matches between {@code <em>} and
 *                 {@code </em>}; the rest is the document's text, not yet escaped for HTML
 * @param alsoAt   other URIs where the same article was found (duplicates folded into this document)
 */
public record SearchHit(String id, double score, String title, String titleOriginal, String uri, String site,
                        String published, String script, List<String> snippets, List<String> alsoAt) {
}
