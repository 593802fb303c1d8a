package io.policylens.search;

import java.util.List;

/**
 * One document found.
 *
 * @param snippets passages of the text in the document's own script, with the query's matches marked
 * @param alsoAt   other URIs where the same article was found (duplicates folded into this document)
 * @param indexedAt when the document was last indexed (ISO instant), or fetched for one indexed before that was kept
 */
public record SearchHit(String id, double score, String title, String titleOriginal, String uri, String site,
                        String published, String script, List<Snippet> snippets, List<String> alsoAt,
                        String indexedAt) {
}
