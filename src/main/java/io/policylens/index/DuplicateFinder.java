package io.policylens.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.policylens.analyse.TextFingerprint;
import io.policylens.document.DocumentId;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds an indexed document that a new one duplicates: the same normalised text, or a SimHash within
 * {@link TextFingerprint#NEAR} bits. Thread-safe.
 */
public final class DuplicateFinder {

    private final ElasticsearchClient client;
    private final String alias;

    public DuplicateFinder(ElasticsearchClient client, IndexLayout layout) {
        this.client = client;
        this.alias = layout.alias(IndexLayout.DOCUMENTS);
    }

    /** The indexed document {@code fingerprint} duplicates, other than {@code self}. */
    public Optional<DocumentId> find(TextFingerprint fingerprint, DocumentId self) throws IOException {
        SearchResponse<ObjectNode> r = client.search(s -> s.index(alias).size(20)
            .source(src -> src.filter(f -> f.includes("text_hash", "simhash")))
            .query(query(fingerprint, self)), ObjectNode.class);
        return pick(fingerprint, r.hits().hits());
    }

    /**
     * {@link #find} for many documents in one request (a multi-search): what a batch of an ingest asks, so that
     * the duplicate check costs one round trip per batch, not one per document.
     */
    public Map<DocumentId, Optional<DocumentId>> findAll(Map<DocumentId, TextFingerprint> fingerprints)
        throws IOException {
        Map<DocumentId, Optional<DocumentId>> out = new LinkedHashMap<>();
        if (fingerprints.isEmpty()) {
            return out;
        }
        List<Map.Entry<DocumentId, TextFingerprint>> entries = new ArrayList<>(fingerprints.entrySet());
        MsearchResponse<ObjectNode> r = client.msearch(m -> {
            for (Map.Entry<DocumentId, TextFingerprint> e : entries) {
                m.searches(s -> s.header(h -> h.index(alias)).body(b -> b.size(20)
                    .source(src -> src.filter(f -> f.includes("text_hash", "simhash")))
                    .query(query(e.getValue(), e.getKey()))));
            }
            return m;
        }, ObjectNode.class);
        for (int i = 0; i < entries.size(); i++) {
            MultiSearchResponseItem<ObjectNode> item = r.responses().get(i);
            if (item.isFailure()) {
                throw new IOException("duplicate check failed: " + item.failure().error().reason());
            }
            out.put(entries.get(i).getKey(), pick(entries.get(i).getValue(), item.result().hits().hits()));
        }
        return out;
    }

    private static Query query(TextFingerprint fingerprint, DocumentId self) {
        return Query.of(q -> q.bool(b -> {
                b.mustNot(m -> m.ids(i -> i.values(self.value())));
                b.should(sh -> sh.term(t -> t.field("text_hash").value(fingerprint.textHash())));
                if (fingerprint.nearEnough()) {
                    // One clause per band: a candidate sharing more bands scores higher, so near copies come first.
                    for (String band : fingerprint.bands()) {
                        b.should(sh -> sh.term(t -> t.field("simhash_bands").value(band)));
                    }
                }
                return b.minimumShouldMatch("1");
            }));
    }

    private static Optional<DocumentId> pick(TextFingerprint fingerprint, List<Hit<ObjectNode>> hits) {
        for (Hit<ObjectNode> h : hits) {
            ObjectNode src = h.source();
            if (src == null) {
                continue;
            }
            if (fingerprint.textHash().equals(src.path("text_hash").asText())) {
                return Optional.of(new DocumentId(h.id()));
            }
            String simhash = src.path("simhash").asText("");
            if (fingerprint.nearEnough() && !simhash.isEmpty()
                && fingerprint.isNear(Long.parseUnsignedLong(simhash, 16))) {
                return Optional.of(new DocumentId(h.id()));
            }
        }
        return Optional.empty();
    }
}
