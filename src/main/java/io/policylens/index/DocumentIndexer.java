package io.policylens.index;

import io.policylens.contract.IndexDocument;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.get.GetResult;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.policylens.analyse.AnalysedDocument;
import io.policylens.analyse.TextFingerprint;
import io.policylens.document.DocumentId;

import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Writes analysed documents through the client's {@link BulkIngester}, which batches and sends them in the
 * background; the listener hears about every document, indexed or failed, by id. Thread-safe; close it to flush.
 */
public final class DocumentIndexer implements AutoCloseable {

    /**
     * Hears the fate of each document sent; called from the ingester's threads, so implementations must not block
     * (hand the news to another thread). A listener that throws is reported and does not stop the indexer.
     */
    public interface Listener {
        void indexed(DocumentId id, String uri);

        /** @param uri where the document came from: what its rejection is listed under */
        void failed(DocumentId id, String uri, String reason);

        /** The cluster did not answer: the document is on disk, to be replayed when it returns. */
        void spooled(DocumentId id, String uri, String reason);
    }

    /** What the ingester keeps for each operation until its answer: enough to report it and to spool it. */
    private record Op(DocumentId id, String uri, ObjectNode source) {
    }

    private final ElasticsearchClient client;
    private final String alias;
    private final String pipelineVersion;
    private final IndexDocument mapper = new IndexDocument();
    private final BulkIngester<Op> ingester;
    private final Spool spool;
    /** Operations queued and not yet answered: what {@link #flush()} waits for. */
    private final java.util.concurrent.atomic.AtomicLong pending = new java.util.concurrent.atomic.AtomicLong();

    public DocumentIndexer(ElasticsearchClient client, IndexLayout layout, String pipelineVersion, Listener listener) {
        this(client, layout, pipelineVersion, listener, null);
    }

    /**
     * @param spool where documents go when the cluster does not answer a bulk request (after the transport's own
     *              retries); null: they fail
     */
    public DocumentIndexer(ElasticsearchClient client, IndexLayout layout, String pipelineVersion, Listener listener,
                           Spool spool) {
        this.client = client;
        this.spool = spool;
        this.alias = layout.alias(IndexLayout.DOCUMENTS);
        this.pipelineVersion = pipelineVersion;
        this.ingester = BulkIngester.of(b -> b
            .client(client)
            .maxOperations(500)
            .maxSize(8L * 1024 * 1024)
            .maxConcurrentRequests(2)
            .flushInterval(1, TimeUnit.SECONDS)
            // Items the cluster pushed back (429: too busy) are sent again, 200 ms, 400 ms … six times.
            .backoffPolicy(co.elastic.clients.transport.BackoffPolicy.exponentialBackoff(200L, 6))
            .listener(new BulkListener<Op>() {
                @Override
                public void beforeBulk(long executionId, BulkRequest request, List<Op> contexts) {
                }

                @Override
                public void afterBulk(long executionId, BulkRequest request, List<Op> contexts,
                                      BulkResponse response) {
                    try {
                        List<BulkResponseItem> items = response.items();
                        for (int i = 0; i < items.size(); i++) {
                            BulkResponseItem item = items.get(i);
                            Op op = contexts.get(i);
                            if (item.error() != null && spool != null && blocked(item)) {
                                // The cluster refuses writes (its data disk is full): not the document's fault.
                                spoolOrFail(op, item.error().reason());
                            } else if (item.error() != null) {
                                tell(() -> listener.failed(op.id(), op.uri(),
                                    item.error().type() + ": " + item.error().reason()));
                            } else {
                                tell(() -> listener.indexed(op.id(), op.uri()));
                            }
                        }
                    } finally {
                        answered(contexts.size());
                    }
                }

                @Override
                public void afterBulk(long executionId, BulkRequest request, List<Op> contexts,
                                      Throwable failure) {
                    try {
                        for (Op op : contexts) {
                            if (spool == null) {
                                tell(() -> listener.failed(op.id(), op.uri(), "bulk request failed: " + failure.getMessage()));
                            } else {
                                spoolOrFail(op, "the cluster did not answer: " + failure.getMessage());
                            }
                        }
                    } finally {
                        answered(contexts.size());
                    }
                }

                private void spoolOrFail(Op op, String why) {
                    try {
                        spool.write(alias, op.id().value(), op.source(), why);
                        tell(() -> listener.spooled(op.id(), op.uri(), why));
                    } catch (IOException e) {
                        tell(() -> listener.failed(op.id(), op.uri(), why + "; and the spool could not keep it: "
                            + e.getMessage()));
                    }
                }
            }));
    }

    /** Queues one document; the listener hears when it is written. */
    public void index(AnalysedDocument doc, TextFingerprint fingerprint, Instant fetchedAt) {
        ObjectNode source = mapper.toSource(doc, fingerprint, fetchedAt, pipelineVersion);
        DocumentId id = doc.clean().id();
        pending.incrementAndGet();
        ingester.add(op -> op.index(i -> i.index(alias).id(id.value()).document(source)), new Op(id, doc.clean().source().uri(), source));
    }

    /** A listener's fault must not leave {@link #flush()} waiting for an answer that was given. */
    private static void tell(Runnable news) {
        try {
            news.run();
        } catch (RuntimeException e) {
            System.err.println("policylens: an index listener failed: " + e);
        }
    }

    /**
     * A write refused by a cluster block: what Elasticsearch answers when its data disk passed the flood-stage
     * watermark (the index turns read-only until space is freed).
     */
    static boolean blocked(BulkResponseItem item) {
        return "cluster_block_exception".equals(item.error().type());
    }

    private void answered(int n) {
        synchronized (pending) {
            pending.addAndGet(-n);
            pending.notifyAll();
        }
    }

    /**
     * Sends what is queued and waits until every document sent so far has been answered (the listener has heard
     * of each), for long-running routes that cannot close the indexer.
     */
    public void flush() throws InterruptedException {
        ingester.flush();
        synchronized (pending) {
            while (pending.get() > 0) {
                pending.wait(200);
                ingester.flush();
            }
        }
    }

    /**
     * What the index holds for these ids: {@code contentHash/pipelineVersion} of each known one. A document whose
     * stamp equals {@link #stamp(String)} of its new bytes is unchanged.
     */
    public Map<DocumentId, String> stamps(List<DocumentId> ids) throws IOException {
        Map<DocumentId, String> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        MgetResponse<ObjectNode> r = client.mget(m -> m.index(alias)
            .ids(ids.stream().map(DocumentId::value).toList())
            .sourceIncludes("content_hash", "pipeline_version"), ObjectNode.class);
        for (MultiGetResponseItem<ObjectNode> item : r.docs()) {
            if (item.isResult()) {
                GetResult<ObjectNode> g = item.result();
                if (g.found() && g.source() != null) {
                    out.put(new DocumentId(g.id()), g.source().path("content_hash").asText() + "/"
                        + g.source().path("pipeline_version").asText()); // the form of stamp()
                }
            }
        }
        return out;
    }

    /** The stamp a document with these bytes gets from this pipeline: what {@link #stamps} returns for it. */
    public String stamp(String contentHash) {
        return contentHash + "/" + pipelineVersion;
    }

    /**
     * Adds the URIs of inputs found to duplicate a kept document to its {@code also_at}, merging with what is
     * there; an unchanged list writes nothing (no new version). Synchronous: call it once per kept document.
     */
    public void addAlsoAt(DocumentId kept, java.util.Collection<String> uris) throws IOException {
        var current = client.get(g -> g.index(alias).id(kept.value()).sourceIncludes("also_at"), ObjectNode.class);
        java.util.TreeSet<String> all = new java.util.TreeSet<>(uris);
        if (current.found() && current.source() != null) {
            current.source().path("also_at").forEach(n -> all.add(n.asText()));
        }
        ObjectNode doc = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        all.forEach(doc.putArray("also_at")::add);
        client.update(u -> u.index(alias).id(kept.value()).doc(doc).detectNoop(true), ObjectNode.class);
    }

    /** Removes a document; removing one that is not there is not an error. */
    public void delete(DocumentId id) throws IOException {
        client.delete(d -> d.index(alias).id(id.value()));
    }

    /** Sends what is queued and waits for every answer. */
    @Override
    public void close() {
        ingester.close();
    }
}
