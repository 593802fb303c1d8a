package io.policylens.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.ResponseBody;
import com.fasterxml.jackson.databind.node.ObjectNode;
import co.elastic.clients.elasticsearch.indices.GetAliasResponse;
import co.elastic.clients.transport.endpoints.BooleanResponse;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The indices PolicyLens writes: each a versioned index ({@code policylens-documents-v2}) behind an alias
 * ({@code policylens-documents}) that everything reads and writes through, so that a mapping change is a reindex
 * into {@code -v2} and a switch of the alias, not an outage. Settings and mappings are JSON resources beside
 * this class. Thread-safe.
 */
public final class IndexLayout {

    /** One index family: its alias, version and mapping resource. */
    public record Family(String alias, int version) {
        public String index() {
            return alias + "-v" + version;
        }

        String resource() {
            return alias.substring("policylens-".length()) + "-v" + version + ".json";
        }
    }

    /** v2: phrase pairs of the character field indexed apart ({@code index_phrases}); a v1 index is copied over. */
    public static final Family DOCUMENTS = new Family("policylens-documents", 2);
    public static final Family REJECTS = new Family("policylens-rejects", 1);
    /** What crawls know of each URL: validators, content hash, links. */
    public static final Family CRAWL = new Family("policylens-crawl", 1);
    /** One entry per crawl pass, with its counts. */
    public static final Family CRAWL_RUNS = new Family("policylens-crawl-runs", 1);

    /** Analysts' saved searches, each reporting the documents indexed since a time. */
    public static final Family WATCHES = new Family("policylens-watches", 1);

    private static final Family[] ALL = {DOCUMENTS, REJECTS, CRAWL, CRAWL_RUNS, WATCHES};

    private final ElasticsearchClient client;
    private final String prefix;

    /** @param prefix put before every name ("" in production; tests use their own to stay apart) */
    public IndexLayout(ElasticsearchClient client, String prefix) {
        this.client = client;
        this.prefix = prefix;
    }

    /** The client these indices are reached through. */
    public ElasticsearchClient client() {
        return client;
    }

    public String alias(Family family) {
        return prefix + family.alias();
    }

    public String index(Family family) {
        return prefix + family.index();
    }

    /** Whether a family's alias exists (one request; {@link #ensure()} checks and updates every family). */
    public boolean exists(Family family) throws IOException {
        return client.indices().existsAlias(a -> a.name(alias(family))).value();
    }

    /** Creates every index that is missing, with its alias. Idempotent. */
    public void ensure() throws IOException {
        ensure(message -> { });
    }

    /**
     * Creates every index that is missing, with its alias, and copies an index of an earlier version of a family
     * into the current one (then points the alias at it and deletes the old one), telling {@code progress} how far
     * it is. Idempotent. Nothing else should write while an index is copied.
     */
    public void ensure(Consumer<String> progress) throws IOException {
        for (Family f : ALL) {
            ensure(f, progress);
        }
    }

    private void ensure(Family family, Consumer<String> progress) throws IOException {
        String alias = alias(family);
        BooleanResponse exists = client.indices().existsAlias(a -> a.name(alias));
        if (exists.value()) {
            GetAliasResponse current = client.indices().getAlias(a -> a.name(alias));
            Set<String> indices = current.result().keySet();
            if (!indices.contains(index(family))) {
                String older = olderVersion(family, indices);
                if (older == null) {
                    throw new IOException("alias " + alias + " points to " + indices + ", not " + index(family)
                        + ": an index this version of PolicyLens cannot copy");
                }
                migrate(family, older, progress);
                return;
            }
            // Fields added within a version are additive: put the mapping so older indices of it learn them.
            try (InputStream json = resource(family)) {
                var mappings = co.elastic.clients.elasticsearch.indices.CreateIndexRequest.of(c -> c.index(index(family))
                    .withJson(json)).mappings();
                if (mappings != null) {
                    client.indices().putMapping(p -> p.index(index(family)).properties(mappings.properties())
                        .dynamic(mappings.dynamic()));
                }
            }
            expandReplicas(index(family));
            return;
        }
        try (InputStream json = resource(family)) {
            client.indices().create(c -> c.index(index(family)).withJson(json)
                .aliases(alias, a -> a.isWriteIndex(true)));
        } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
            // Two processes creating the same index at once: the other one won.
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        }
    }

    /**
     * Indices made before replicas expanded with the cluster (0 replicas fixed) learn to: a second node then holds a
     * copy of each shard. An index someone gave replicas of their own is left as it is.
     */
    private void expandReplicas(String index) throws IOException {
        var state = client.indices().getSettings(g -> g.index(index)).get(index);
        var settings = state == null || state.settings() == null ? null : state.settings().index();
        if (settings == null) {
            return;
        }
        boolean fixedZero = "0".equals(settings.numberOfReplicas()) && settings.autoExpandReplicas() == null;
        if (fixedZero) {
            client.indices().putSettings(p -> p.index(index).settings(t -> t.autoExpandReplicas("0-1")));
        }
    }

    /** The one index of an earlier version of the family the alias points to, or null. */
    private String olderVersion(Family family, Set<String> indices) {
        if (indices.size() != 1) {
            return null;
        }
        String only = indices.iterator().next();
        String stem = alias(family) + "-v";
        if (!only.startsWith(stem)) {
            return null;
        }
        try {
            return Integer.parseInt(only.substring(stem.length())) < family.version() ? only : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Copies every document of {@code older} into the family's current index (created from its resource), in
     * batches read with a scroll and written with the client's bulk ingester; when the counts agree, the alias
     * moves in one request and the older index is deleted. On any failure the new index is deleted and the older
     * one stays as it was.
     */
    private void migrate(Family family, String older, Consumer<String> progress) throws IOException {
        String target = index(family);
        long total = client.count(c -> c.index(older)).count();
        progress.accept("copying " + total + " document(s) from " + older + " into " + target
            + " (a new index version); nothing else should write meanwhile");
        if (client.indices().exists(e -> e.index(target)).value()) {
            client.indices().delete(d -> d.index(target)); // a copy that did not finish
        }
        try (InputStream json = resource(family)) {
            client.indices().create(c -> c.index(target).withJson(json));
        }
        try {
            long copied = copy(older, target, total, progress);
            client.indices().refresh(r -> r.index(target));
            long counted = client.count(c -> c.index(target)).count();
            if (copied != total || counted != total) {
                throw new IOException("copied " + copied + " and counted " + counted + " of " + total
                    + " document(s) into " + target);
            }
            client.indices().updateAliases(u -> u
                .actions(a -> a.remove(r -> r.index(older).alias(alias(family))))
                .actions(a -> a.add(ad -> ad.index(target).alias(alias(family)).isWriteIndex(true))));
            client.indices().delete(d -> d.index(older));
            progress.accept("copied " + total + " document(s) into " + target + "; " + older + " deleted");
        } catch (IOException | RuntimeException e) {
            client.indices().delete(d -> d.index(target));
            throw new IOException("could not copy " + older + " into " + target + " (left as it was): "
                + e.getMessage(), e);
        }
    }

    private long copy(String from, String to, long total, Consumer<String> progress) throws IOException {
        AtomicLong written = new AtomicLong();
        AtomicReference<String> failure = new AtomicReference<>();
        BulkIngester<Void> bulk = BulkIngester.of(b -> b.client(client).maxOperations(500).maxSize(8L << 20)
            .maxConcurrentRequests(1).listener(new BulkListener<Void>() {
                @Override
                public void beforeBulk(long executionId, BulkRequest request, List<Void> contexts) {
                }

                @Override
                public void afterBulk(long executionId, BulkRequest request, List<Void> contexts, BulkResponse response) {
                    for (var item : response.items()) {
                        if (item.error() == null) {
                            written.incrementAndGet();
                        } else {
                            failure.compareAndSet(null, item.id() + ": " + item.error().reason());
                        }
                    }
                }

                @Override
                public void afterBulk(long executionId, BulkRequest request, List<Void> contexts, Throwable error) {
                    failure.compareAndSet(null, String.valueOf(error));
                }
            }));
        long read = 0;
        try {
            ResponseBody<ObjectNode> page = client.search(s -> s.index(from).size(500).scroll(t -> t.time("5m"))
                .sort(o -> o.doc(d -> d)), ObjectNode.class);
            String scrollId = page.scrollId();
            try {
                while (!page.hits().hits().isEmpty() && failure.get() == null) {
                    for (Hit<ObjectNode> h : page.hits().hits()) {
                        bulk.add(op -> op.index(i -> i.index(to).id(h.id()).document(h.source())));
                    }
                    long before = read;
                    read += page.hits().hits().size();
                    if (read / 10_000 != before / 10_000) {
                        progress.accept("copied " + read + " of " + total);
                    }
                    String id = scrollId;
                    page = client.scroll(r -> r.scrollId(id).scroll(t -> t.time("5m")), ObjectNode.class);
                    scrollId = page.scrollId();
                }
            } finally {
                String id = scrollId;
                client.clearScroll(c -> c.scrollId(id));
            }
        } finally {
            bulk.close();
        }
        if (failure.get() != null) {
            throw new IOException("a document was refused: " + failure.get());
        }
        return written.get();
    }

    private static InputStream resource(Family family) {
        InputStream json = IndexLayout.class.getResourceAsStream(family.resource());
        if (json == null) {
            throw new IllegalStateException("missing resource " + family.resource());
        }
        return json;
    }

    /** Deletes every index of this layout (tests and `reset`); names are explicit, as the node requires. */
    public void drop() throws IOException {
        for (Family f : ALL) {
            Set<String> indices = new java.util.TreeSet<>();
            if (client.indices().existsAlias(a -> a.name(alias(f))).value()) {
                // An index of an earlier version behind the alias is this layout's too.
                indices.addAll(client.indices().getAlias(a -> a.name(alias(f))).result().keySet());
            }
            if (client.indices().exists(e -> e.index(index(f))).value()) {
                indices.add(index(f));
            }
            for (String index : indices) {
                client.indices().delete(d -> d.index(index));
            }
        }
    }

    public void refresh() throws IOException {
        client.indices().refresh(r -> r.index(alias(DOCUMENTS), alias(REJECTS)));
    }
}
