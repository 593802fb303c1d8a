package io.policylens.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.policylens.text.Segmenter;
import io.policylens.text.SegmentedText;
import io.policylens.text.ChineseConverter;
import io.policylens.text.DocumentNumbers;
import io.policylens.text.OffsetMap;
import io.policylens.text.TextNormaliser;
import io.policylens.index.IndexLayout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /** What a document scores for being the one a searched document number names, and for citing it. */
    private static final float NUMBER_OWN = 1000f;
    private static final float NUMBER_CITED = 300f;

    /** The facets counted for a search: name → indexed field. */
    private static final Map<String, String> FACETS = facets();

    private static Map<String, String> facets() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("province", "places.province");
        m.put("city", "places.city");
        m.put("organisation", "entities.org");
        m.put("person", "entities.per");
        m.put("site", "source.site");
        m.put("script", "script");
        m.put("kind", "indicator_kinds");
        m.put("issuer", "policy.issuer");
        return m;
    }

    /**
     * Runs a search.
     *
     * @throws IllegalArgumentException when the query text is malformed (see {@link QueryText#parse})
     */
    public SearchResult search(SearchQuery query) throws IOException {
        return search(query, null);
    }

    /**
     * What a watch reports: the documents matching the query that were indexed after {@code since}, the most
     * recently indexed first (a document indexed before {@code indexed_at} existed counts by its fetch time).
     */
    public SearchResult indexedSince(SearchQuery query, java.time.Instant since) throws IOException {
        return search(query, java.util.Objects.requireNonNull(since, "since"));
    }

    private SearchResult search(SearchQuery query, java.time.Instant since) throws IOException {
        QueryText text = parse(query.text());
        String simplified = text.requiredText();
        Query matching = filtered(text, query.filters());
        Query q = since == null ? matching : Query.of(b -> b.bool(bb -> bb.must(matching).filter(f -> f.bool(nb -> nb
            .minimumShouldMatch("1")
            .should(x -> x.range(r -> r.date(d -> d.field("indexed_at").gt(since.toString()))))
            .should(x -> x.bool(old -> old.mustNot(m -> m.exists(e -> e.field("indexed_at")))
                .filter(y -> y.range(r -> r.date(d -> d.field("fetched_at").gt(since.toString()))))))))));
        SearchResponse<ObjectNode> r = client.search(s -> {
            s.index(alias)
                .from(query.from())
                .size(query.size())
                .query(q)
                .trackTotalHits(t -> t.enabled(true))
                .source(src -> src.filter(f -> f.includes("title", "title_original", "source", "published", "script",
                    "text", "text_original", "offset_map", "also_at", "indexed_at", "fetched_at")))
                .highlight(h -> h
                    .preTags(SnippetMapper.PRE).postTags(SnippetMapper.POST)
                    .fields("text", f -> {
                        f.fragmentSize(FRAGMENT).numberOfFragments(2).noMatchSize(FRAGMENT);
                        if (!text.required().isEmpty()) {
                            f.highlightQuery(highlightQuery(text));
                        }
                        return f;
                    }));
            if (since != null) {
                s.sort(so -> so.field(f -> f.field("indexed_at").order(SortOrder.Desc).missing("_last")))
                    .sort(so -> so.field(f -> f.field("fetched_at").order(SortOrder.Desc)));
            } else if (query.sort() == SearchQuery.Sort.DATE || text.isEmpty()) {
                s.sort(so -> so.field(f -> f.field("published").order(SortOrder.Desc).missing("_last")))
                    .sort(so -> so.score(sc -> sc.order(SortOrder.Desc)));
            }
            if (query.facets()) {
                FACETS.forEach((name, field) -> s.aggregations(name, a -> a.terms(t -> t.field(field).size(15))));
                s.aggregations("year", a -> a.dateHistogram(d -> d.field("published")
                    .calendarInterval(CalendarInterval.Year).format("yyyy").minDocCount(1)));
            }
            if (query.charts()) {
                // every month between the first and the last, empty ones as zero: a continuous axis
                s.aggregations("month", a -> a.dateHistogram(d -> d.field("published")
                    .calendarInterval(CalendarInterval.Month).format("yyyy-MM").minDocCount(0)));
                s.aggregations("money", a -> a.nested(n -> n.path("indicators"))
                    .aggregations("yuan", y -> y.filter(f -> f.bool(b -> b
                            .filter(k -> k.term(t -> t.field("indicators.kind").value("money")))
                            .filter(k -> k.term(t -> t.field("indicators.unit").value("CNY")))
                            // announced amounts only: a change (增加41.2亿元) is no amount to add to a balance
                            .mustNot(k -> k.term(t -> t.field("indicators.measure").value("change")))))
                        .aggregations("by_year", by -> by.terms(t -> t.field("indicators.year").size(40))
                            .aggregations("sum", sum -> sum.sum(m -> m.field("indicators.value"))))
                        .aggregations("by_province", by -> by.terms(t -> t.field("indicators.province").size(40))
                            .aggregations("sum", sum -> sum.sum(m -> m.field("indicators.value"))))));
            }
            return s;
        }, ObjectNode.class);
        List<SearchHit> hits = new ArrayList<>();
        for (Hit<ObjectNode> h : r.hits().hits()) {
            hits.add(toHit(h));
        }
        long total = r.hits().total() == null ? hits.size() : r.hits().total().value();
        return new SearchResult(query.text(), simplified, total, r.took(), hits,
            query.facets() ? facets(r) : Map.of(), query.charts() ? charts(r) : Charts.NONE);
    }

    /** The query text parsed and normalised as documents are. */
    QueryText parse(String text) {
        return QueryText.parse(text, this::simplify);
    }

    private static Map<String, List<FacetBucket>> facets(SearchResponse<ObjectNode> r) {
        Map<String, List<FacetBucket>> out = new LinkedHashMap<>();
        for (String name : FACETS.keySet()) {
            out.put(name, r.aggregations().get(name).sterms().buckets().array().stream()
                .map(b -> new FacetBucket(b.key().stringValue(), b.docCount())).toList());
        }
        out.put("year", r.aggregations().get("year").dateHistogram().buckets().array().stream()
            .map(b -> new FacetBucket(b.keyAsString(), b.docCount())).toList());
        return out;
    }

    private static Charts charts(SearchResponse<ObjectNode> r) {
        List<Charts.Point> months = r.aggregations().get("month").dateHistogram().buckets().array().stream()
            .map(b -> new Charts.Point(b.keyAsString(), b.docCount())).toList();
        var yuan = r.aggregations().get("money").nested().aggregations().get("yuan").filter().aggregations();
        List<Charts.Point> byYear = yuan.get("by_year").lterms().buckets().array().stream()
            .map(b -> new Charts.Point(Long.toString(b.key()), b.aggregations().get("sum").sum().value()))
            .sorted(java.util.Comparator.comparing(Charts.Point::key)).toList();
        List<Charts.Point> byProvince = yuan.get("by_province").sterms().buckets().array().stream()
            .map(b -> new Charts.Point(b.key().stringValue(), b.aggregations().get("sum").sum().value()))
            .sorted(java.util.Comparator.comparingDouble(Charts.Point::value).reversed()).toList();
        return new Charts(months, byYear, byProvince);
    }

    /** The query with its filters: required parts must match, excluded ones must not, filters do not score. */
    Query filtered(QueryText text, SearchFilters filters) {
        BoolQuery.Builder b = new BoolQuery.Builder();
        if (!text.required().isEmpty()) {
            b.must(buildQuery(text));
        }
        for (String ex : text.excluded()) {
            b.mustNot(m -> m.matchPhrase(p -> p.field("text").query(ex)));
            b.mustNot(m -> m.matchPhrase(p -> p.field("title").query(ex)));
        }
        filters.clauses().forEach(b::filter);
        return b.build()._toQuery();
    }

    /** Every required part as a phrase of characters in title or text; segmented words and the title rank. */
    Query buildQuery(QueryText text) {
        BoolQuery.Builder b = new BoolQuery.Builder();
        for (String term : text.required()) {
            String number = DocumentNumbers.normalise(term);
            boolean isNumber = number != null;
            b.must(m -> m.bool(t -> {
                // The characters must occur in order; how often they do says little (再創新高 thrice is no page
                // about 创新), so they score a constant and the words below rank.
                t.should(s -> s.constantScore(c -> c.boost(1f).filter(f -> f.matchPhrase(p -> p.field("text").query(term)))))
                    .should(s -> s.constantScore(c -> c.boost(1f).filter(f -> f.matchPhrase(p -> p.field("title").query(term)))));
                if (isNumber) {
                    // A document number finds its document first, then the documents that cite it, then those that
                    // only mention it: constant scores far above what text matches reach, so the order is that.
                    t.should(s -> s.constantScore(c -> c.boost(NUMBER_OWN)
                            .filter(f -> f.term(q -> q.field("policy.document_number").value(number)))))
                        .should(s -> s.constantScore(c -> c.boost(NUMBER_CITED)
                            .filter(f -> f.term(q -> q.field("policy.cites.document_number").value(number)))));
                }
                return t.minimumShouldMatch("1");
            }));
        }
        String simplified = text.requiredText();
        String words = SegmentedText.of(segmenter.segment(simplified));
        if (!words.isEmpty()) {
            // the query's words as the index's words: a page using 创新 as a word ranks above 再创/新高
            // (a constant for having every word at all, as a common word's low weight would not outrank the rest)
            b.should(s -> s.constantScore(c -> c.boost(2f).filter(f -> f.match(m -> m.field("text_seg").query(words)
                .operator(co.elastic.clients.elasticsearch._types.query_dsl.Operator.And)))));
            b.should(s -> s.match(m -> m.field("text_seg").query(words).boost(5f)));
            b.should(s -> s.match(m -> m.field("title_seg").query(words).boost(10f)));
        }
        return b.build()._toQuery();
    }

    /**
     * What the snippets mark: each required part as consecutive characters of {@code text}. The search's own
     * phrases are answered from the index of character pairs ({@code index_phrases}), which the highlighter
     * cannot see in {@code text}; intervals over the characters' positions it can.
     */
    static Query highlightQuery(QueryText text) {
        BoolQuery.Builder b = new BoolQuery.Builder();
        for (String term : text.required()) {
            b.should(s -> s.intervals(i -> i.field("text").match(m -> m.query(term).ordered(true).maxGaps(0))));
        }
        return b.build()._toQuery();
    }

    private static SearchHit toHit(Hit<ObjectNode> h) {
        ObjectNode src = h.source();
        String text = src.path("text").asText();
        String original = src.path("text_original").asText();
        OffsetMap map = offsetMap(src.path("offset_map"), text.length(), original.length());
        List<Snippet> snippets = new ArrayList<>();
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
            src.path("script").asText(), snippets, alsoAt,
            src.path("indexed_at").asText(src.path("fetched_at").asText(null)));
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
