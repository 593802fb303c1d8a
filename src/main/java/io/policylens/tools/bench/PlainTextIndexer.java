package io.policylens.tools.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;

import java.io.IOException;
import java.util.Map;

/**
 * The benchmark baseline's indexing: each page's plain text as one {@code text} field (standard analyzer) through
 * a BulkIngester sized like the pipeline's. Not used by the pipeline. Thread-safe; close it to flush.
 */
public final class PlainTextIndexer {

    private final ElasticsearchClient client;
    private final String index;
    private final BulkIngester<Void> ingester;

    public PlainTextIndexer(ElasticsearchClient client, String index) throws IOException {
        this.client = client;
        this.index = index;
        if (client.indices().exists(e -> e.index(index)).value()) {
            client.indices().delete(d -> d.index(index));
        }
        client.indices().create(c -> c.index(index)
            .settings(s -> s.numberOfShards("1").numberOfReplicas("0"))
            .mappings(TypeMapping.of(m -> m.properties("uri", p -> p.keyword(k -> k))
                .properties("text", p -> p.text(t -> t)))));
        this.ingester = BulkIngester.of(b -> b.client(client).maxOperations(500).maxSize(8L * 1024 * 1024)
            .maxConcurrentRequests(2));
    }

    public void index(String id, String uri, String text) {
        ingester.add(op -> op.index(i -> i.index(index).id(id).document(Map.of("uri", uri, "text", text))));
    }

    /** Flushes and refreshes: what is sent is searchable. */
    public void close() throws IOException {
        ingester.close();
        client.indices().refresh(r -> r.index(index));
    }

    public long count() throws IOException {
        return client.count(c -> c.index(index)).count();
    }

    public void drop() throws IOException {
        client.indices().delete(d -> d.index(index));
    }
}
