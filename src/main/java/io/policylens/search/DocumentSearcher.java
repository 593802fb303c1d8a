package io.policylens.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.policylens.analyse.Segmenter;
import io.policylens.analyse.SegmentedText;
import io.policylens.extract.ChineseConverter;
import io.policylens.extract.OffsetMap;
import io.policylens.extract.TextNormaliser;
import io.policylens.index.IndexLayout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Full-text search over the documents. A query is normalised as documents are (half-width, simplified), so 創新 and
 * 创新 find the same; each term must match as a character phrase in title or text, and words segmented like the
 * index's rank the hits. Thread-safe.
 */
public final class DocumentSearcher {

    private static final int FRAGMENT = 90;
    private final ElasticsearchClient client;
    private final String alias;
    private final ChineseConverter converter;
    private final Segmenter segmenter;

    /** @param segmenter cuts queries as documents were cut (no entity model needed to search) */
    public DocumentSearcher(ElasticsearchClient client, IndexLayout layout, ChineseConverter converter, Segmenter segmenter) {
        this.client = client;
        this.alias = layout.alias(IndexLayout.DOCUMENTS);
        this.converter = converter;
        this.segmenter = segmenter;
    }

    /** A query normalised as documents are: half-width, simplified. */
    String simplify(String query) {
        return converter.toSimplified(TextNormaliser.toHalfWidth(query)).strip();
    }

    public SearchResult search(SearchQuery query) throws IOException {
        String simplified = simplify(query.text());
        Query q = buildQuery(simplified);
        SearchResponse<ObjectNode> r = client.search(s -> s
            .index(alias)
            .size(query.limit())
            .query(q)
            .source(src -> src.filter(f -> f.includes("title", "title_original", "source", "published", "script",
                "text", "text_original", "offset_map", "also_at")))
            .highlight(h -> h
                .preTags(SnippetMapper.PRE).postTags(SnippetMapper.POST)
                .fields("text", f -> f.fragmentSize(FRAGMENT).numberOfFragments(2).noMatchSize(FRAGMENT))),
            ObjectNode.class);
        List<SearchHit> hits = new ArrayList<>();
        for (Hit<ObjectNode> h : r.hits().hits()) {
            hits.add(toHit(h));
        }
        long total = r.hits().total() == null ? hits.size() : r.hits().total().value();
        return new SearchResult(query.text(), simplified, total, r.took(), hits);
    }

    Query buildQuery(String simplified) {
        BoolQuery.Builder b = new BoolQuery.Builder();
        for (String term : simplified.split("\\s+")) {
            if (term.isEmpty()) {
                continue;
            }
            b.must(m -> m.bool(t -> t
                .should(s -> s.matchPhrase(p -> p.field("text").query(term)))
                .should(s -> s.matchPhrase(p -> p.field("title").query(term)))
                .minimumShouldMatch("1")));
        }
        String words = SegmentedText.of(segmenter.segment(simplified));
        if (!words.isEmpty()) {
            b.should(s -> s.match(m -> m.field("text_seg").query(words)));
            b.should(s -> s.match(m -> m.field("title_seg").query(words).boost(2f)));
        }
        b.should(s -> s.matchPhrase(p -> p.field("title").query(simplified).boost(3f)));
        return b.build()._toQuery();
    }

    private static SearchHit toHit(Hit<ObjectNode> h) {
        ObjectNode src = h.source();
        String text = src.path("text").asText();
        String original = src.path("text_original").asText();
        OffsetMap map = offsetMap(src.path("offset_map"), text.length(), original.length());
        List<String> snippets = new ArrayList<>();
        List<String> fragments = h.highlight().getOrDefault("text", List.of());
        for (String fragment : fragments) {
            snippets.add(SnippetMapper.toOriginal(fragment, text, original, map));
        }
        List<String> alsoAt = new ArrayList<>();
        src.path("also_at").forEach(n -> alsoAt.add(n.asText()));
        return new SearchHit(h.id(), h.score() == null ? 0 : h.score(), src.path("title").asText(),
            src.path("title_original").asText(), src.path("source").path("uri").asText(),
            src.path("source").path("site").asText(),
            src.path("published").isNull() || src.path("published").isMissingNode() ? null : src.path("published").asText(),
            src.path("script").asText(), snippets, alsoAt);
    }

    static OffsetMap offsetMap(JsonNode node, int textLength, int originalLength) {
        List<int[]> segments = new ArrayList<>();
        for (JsonNode s : node.path("segments")) {
            segments.add(new int[] {s.get(0).asInt(), s.get(1).asInt(), s.get(2).asInt()});
        }
        if (segments.isEmpty()) {
            return OffsetMap.identity(textLength);
        }
        return OffsetMap.fromSegments(segments, textLength, originalLength);
    }
}
