package io.policylens.search;

import io.policylens.contract.IndicatorExport;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.policylens.index.IndexLayout;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * Streams indicator records ({@code policylens.indicator/1}, schemas/policylens.indicator-1.schema.json) out of
 * the index: each indicator of each matching document with the document's id, URL, title and date, page by page
 * ({@code search_after}), so that any number of them streams in flat memory. Thread-safe.
 */
public final class IndicatorSearcher {

    private static final int PAGE = 200;
    private final ElasticsearchClient client;
    private final String alias;
    private final DocumentSearcher documents;
    private final ObjectMapper mapper = io.policylens.contract.Json.mapper();

    public IndicatorSearcher(ElasticsearchClient client, IndexLayout layout, DocumentSearcher documents) {
        this.client = client;
        this.alias = layout.alias(IndexLayout.DOCUMENTS);
        this.documents = documents;
    }

    /** @return how many records were given to the sink */
    public long stream(IndicatorQuery q, Consumer<ObjectNode> sink) throws IOException {
        Query query = query(q);
        List<FieldValue> after = null;
        long sent = 0;
        while (sent < q.limit()) {
            List<FieldValue> from = after;
            SearchResponse<ObjectNode> r = client.search(s -> {
                s.index(alias).size(PAGE).query(query)
                    .source(src -> src.filter(f -> f.includes("id", "source", "title", "published", "indicators")))
                    .sort(so -> so.field(f -> f.field("id").order(SortOrder.Asc)));
                if (from != null) {
                    s.searchAfter(from);
                }
                return s;
            }, ObjectNode.class);
            List<Hit<ObjectNode>> hits = r.hits().hits();
            for (Hit<ObjectNode> h : hits) {
                for (JsonNode in : h.source().path("indicators")) {
                    if (sent >= q.limit()) {
                        return sent;
                    }
                    if (matches(in, q)) {
                        sink.accept(IndicatorExport.record(h.source(), in));
                        sent++;
                    }
                }
            }
            if (hits.size() < PAGE) {
                break;
            }
            after = hits.get(hits.size() - 1).sort();
        }
        return sent;
    }

    private Query query(IndicatorQuery q) {
        BoolQuery.Builder b = new BoolQuery.Builder();
        if (q.text() != null && !q.text().isBlank()) {
            QueryText text = documents.parse(q.text());
            if (!text.isEmpty()) {
                b.must(documents.filtered(text, SearchFilters.NONE));
            }
        }
        q.filters().clauses().forEach(b::filter);
        b.filter(f -> f.nested(n -> n.path("indicators").query(nq -> nq.bool(nb -> {
            nb.must(m -> m.exists(e -> e.field("indicators.kind")));
            if (q.kind() != null) {
                nb.filter(k -> k.term(t -> t.field("indicators.kind").value(q.kind())));
            }
            if (q.measure() != null) {
                // as IndicatorExport.measureOf reads it: one indexed before measures existed is a target by its kind,
                // else a level, and never a change
                nb.filter(k -> k.bool(mb -> {
                    mb.minimumShouldMatch("1").should(s -> s.term(t -> t.field("indicators.measure").value(q.measure())));
                    if (!q.measure().equals("change")) {
                        Query target = Query.of(x -> x.term(t -> t.field("indicators.kind").value("target")));
                        mb.should(s -> s.bool(lb -> {
                            lb.mustNot(x -> x.exists(e -> e.field("indicators.measure")));
                            return q.measure().equals("target") ? lb.filter(target) : lb.mustNot(target);
                        }));
                    }
                    return mb;
                }));
            }
            if (q.region() != null) {
                nb.filter(k -> k.bool(rb -> rb.minimumShouldMatch("1")
                    .should(s -> s.term(t -> t.field("indicators.province").value(q.region())))
                    .should(s -> s.term(t -> t.field("indicators.city").value(q.region())))
                    .should(s -> s.term(t -> t.field("indicators.region.name").value(q.region())))));
            }
            return nb;
        }))));
        return b.build()._toQuery();
    }

    private static boolean matches(JsonNode in, IndicatorQuery q) {
        if (q.kind() != null && !q.kind().equals(in.path("kind").asText())) {
            return false;
        }
        if (q.measure() != null && !q.measure().equals(IndicatorExport.measureOf(in))) {
            return false;
        }
        if (q.region() != null) {
            return q.region().equals(in.path("province").asText(null)) || q.region().equals(in.path("city").asText(null))
                || q.region().equals(in.path("region").path("name").asText(null));
        }
        return true;
    }
}
