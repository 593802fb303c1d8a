package io.policylens.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.GetAliasResponse;
import co.elastic.clients.transport.endpoints.BooleanResponse;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * The indices PolicyLens writes: each a versioned index ({@code policylens-documents-v1}) behind an alias
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

    public static final Family DOCUMENTS = new Family("policylens-documents", 1);
    public static final Family REJECTS = new Family("policylens-rejects", 1);
    /** What crawls know of each URL: validators, content hash, links. */
    public static final Family CRAWL = new Family("policylens-crawl", 1);
    /** One entry per crawl pass, with its counts. */
    public static final Family CRAWL_RUNS = new Family("policylens-crawl-runs", 1);

    private static final Family[] ALL = {DOCUMENTS, REJECTS, CRAWL, CRAWL_RUNS};

    private final ElasticsearchClient client;
    private final String prefix;

    /** @param prefix put before every name ("" in production; tests use their own to stay apart) */
    public IndexLayout(ElasticsearchClient client, String prefix) {
        this.client = client;
        this.prefix = prefix;
    }

    public String alias(Family family) {
        return prefix + family.alias();
    }

    public String index(Family family) {
        return prefix + family.index();
    }

    /** Creates every index that is missing, with its alias. Idempotent. */
    public void ensure() throws IOException {
        for (Family f : ALL) {
            ensure(f);
        }
    }

    private void ensure(Family family) throws IOException {
        String alias = alias(family);
        BooleanResponse exists = client.indices().existsAlias(a -> a.name(alias));
        if (exists.value()) {
            GetAliasResponse current = client.indices().getAlias(a -> a.name(alias));
            Set<String> indices = current.result().keySet();
            if (!indices.contains(index(family))) {
                throw new IOException("alias " + alias + " points to " + indices + ", not " + index(family)
                    + ": this version of PolicyLens needs a reindex");
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
            if (client.indices().exists(e -> e.index(index(f))).value()) {
                client.indices().delete(d -> d.index(index(f)));
            }
        }
    }

    public void refresh() throws IOException {
        client.indices().refresh(r -> r.index(alias(DOCUMENTS), alias(REJECTS)));
    }
}
