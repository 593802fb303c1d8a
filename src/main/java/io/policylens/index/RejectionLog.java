package io.policylens.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.policylens.document.DocumentId;
import io.policylens.document.Rejection;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Inputs that could not become documents, with their reasons, kept in the cluster beside the documents (so
 * every worker and every client sees the same list). One entry per input: a later success clears it.
 * Thread-safe.
 */
public final class RejectionLog {

    private final ElasticsearchClient client;
    private final String alias;
    private final ObjectMapper mapper = new ObjectMapper();
    private final Spool spool;

    public RejectionLog(ElasticsearchClient client, IndexLayout layout) {
        this(client, layout, null);
    }

    /**
     * @param spool where records and clearings wait while the cluster cannot take them (replayed with the spooled
     *              documents, in order), or null to fail instead
     */
    public RejectionLog(ElasticsearchClient client, IndexLayout layout, Spool spool) {
        this.client = client;
        this.alias = layout.alias(IndexLayout.REJECTS);
        this.spool = spool;
    }

    /** Clears the input's rejection when the spool is replayed: for a document that went to the spool, not the index. */
    public void clearOnReplay(DocumentId id) throws IOException {
        if (spool != null) {
            spool.writeDeletion(alias, id.value(), "a success cleared this rejection while the cluster was away");
        }
    }

    /** The cluster is away or refuses writes: worth keeping for later, unlike a request it will never take. */
    private static boolean away(Exception e) {
        return e instanceof IOException || e instanceof co.elastic.clients.elasticsearch._types.ElasticsearchException ee
            && ("cluster_block_exception".equals(ee.error().type()) || ee.status() == 429 || ee.status() == 503);
    }

    public void record(Rejection r) throws IOException {
        ObjectNode o = mapper.createObjectNode();
        o.put("id", r.id().value());
        o.put("uri", r.uri());
        o.put("stage", r.stage());
        o.put("reason", r.reason());
        o.put("at", r.at().toString());
        try {
            client.index(i -> i.index(alias).id(r.id().value()).document(o));
        } catch (IOException | RuntimeException e) {
            if (spool == null || !away(e)) {
                throw e;
            }
            spool.write(alias, r.id().value(), o, "rejection recorded while the cluster was away: " + e.getMessage());
        }
    }

    /**
     * Clears the rejections of these inputs, which became documents after all: one real-time look-up for the ids that
     * have one (however many rejections there are), then one bulk delete of those. While the cluster is away the
     * clearings are spooled and replayed in order with the documents.
     */
    public void clear(Collection<DocumentId> ids) throws IOException {
        if (ids.isEmpty()) {
            return;
        }
        try {
            List<String> values = ids.stream().map(DocumentId::value).distinct().toList();
            // A multi-get, not a search: it sees a rejection recorded a moment ago (searches see it after a refresh).
            var found = client.mget(m -> m.index(alias).ids(values).source(src -> src.fetch(false)), Void.class);
            List<String> rejected = found.docs().stream().filter(d -> d.isResult() && d.result().found())
                .map(d -> d.result().id()).toList();
            if (rejected.isEmpty()) {
                return;
            }
            client.bulk(b -> {
                rejected.forEach(id -> b.operations(op -> op.delete(d -> d.index(alias).id(id))));
                return b;
            });
        } catch (IOException | RuntimeException e) {
            if (spool == null || !away(e)) {
                throw e;
            }
            for (DocumentId id : ids) {
                clearOnReplay(id);
            }
        }
    }

    /** The newest rejections first. */
    public List<Rejection> list(int limit) throws IOException {
        SearchResponse<ObjectNode> r = client.search(s -> s.index(alias).size(limit)
            .sort(so -> so.field(f -> f.field("at").order(SortOrder.Desc))), ObjectNode.class);
        List<Rejection> out = new ArrayList<>();
        for (Hit<ObjectNode> h : r.hits().hits()) {
            ObjectNode o = h.source();
            if (o != null) {
                out.add(new Rejection(new DocumentId(o.path("id").asText()), o.path("uri").asText(),
                    o.path("stage").asText(), o.path("reason").asText(), Instant.parse(o.path("at").asText())));
            }
        }
        return out;
    }

    public long count() throws IOException {
        return client.count(c -> c.index(alias)).count();
    }
}
