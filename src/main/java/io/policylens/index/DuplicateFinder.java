package io.policylens.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.policylens.analyse.TextFingerprint;
import io.policylens.document.DocumentId;

import java.io.IOException;
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
            .query(q -> q.bool(b -> {
                b.mustNot(m -> m.ids(i -> i.values(self.value())));
                b.should(sh -> sh.term(t -> t.field("text_hash").value(fingerprint.textHash())));
                if (fingerprint.nearEnough()) {
                    // One clause per band: a candidate sharing more bands scores higher, so near copies come first.
                    for (String band : fingerprint.bands()) {
                        b.should(sh -> sh.term(t -> t.field("simhash_bands").value(band)));
                    }
                }
                return b.minimumShouldMatch("1");
            })), ObjectNode.class);
        for (Hit<ObjectNode> h : r.hits().hits()) {
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
