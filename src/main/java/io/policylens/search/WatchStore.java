package io.policylens.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.policylens.contract.Json;
import io.policylens.index.IndexLayout;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The watches, kept in their own versioned index ({@code policylens-watches}) so that every process reaching the
 * cluster sees the same ones. A watch is added under a unique name and found by its id or its name. Thread-safe.
 */
public final class WatchStore {

    private static final SecureRandom IDS = new SecureRandom();
    /** More watches than anyone keeps; listing reads them in one request. */
    private static final int MAX = 1000;

    private final ElasticsearchClient client;
    private final String alias;
    private final DocumentSearcher documents;
    private final ObjectMapper mapper = Json.mapper();

    public WatchStore(ElasticsearchClient client, IndexLayout layout, DocumentSearcher documents) {
        this.client = client;
        this.alias = layout.alias(IndexLayout.WATCHES);
        this.documents = documents;
    }

    /**
     * Saves a watch.
     *
     * @throws IllegalArgumentException when the query is malformed (an unclosed quote) or a filter is
     * @throws IllegalStateException    when a watch of that name exists
     */
    public Watch add(String name, String query, SearchFilters filters) throws IOException {
        Watch w = new Watch(newId(), name, query, filters, Instant.now());
        documents.parse(w.query()); // a query the search would refuse is refused here, not each morning
        if (find(w.name()).isPresent()) {
            throw new IllegalStateException("a watch named '" + w.name() + "' exists; delete it first or choose another name");
        }
        ObjectNode source = mapper.createObjectNode();
        source.put("name", w.name());
        source.put("query", w.query());
        ObjectNode f = source.putObject("filters");
        w.filters().params().forEach(f::put);
        source.put("created", w.created().toString());
        client.index(i -> i.index(alias).id(w.id()).document(source).refresh(Refresh.WaitFor).opType(
            co.elastic.clients.elasticsearch._types.OpType.Create));
        return w;
    }

    /** Every watch, by name. */
    public List<Watch> list() throws IOException {
        var r = client.search(s -> s.index(alias).size(MAX).sort(so -> so.field(f -> f.field("name").order(SortOrder.Asc))),
            ObjectNode.class);
        List<Watch> out = new ArrayList<>();
        for (Hit<ObjectNode> h : r.hits().hits()) {
            out.add(watch(h.id(), h.source()));
        }
        return out;
    }

    /** The watch with this id, or else with this name. */
    public Optional<Watch> find(String idOrName) throws IOException {
        if (idOrName == null || idOrName.isBlank()) {
            return Optional.empty();
        }
        String key = idOrName.strip();
        if (key.matches("[0-9a-f]{16}")) {
            var g = client.get(r -> r.index(alias).id(key), ObjectNode.class);
            if (g.found()) {
                return Optional.of(watch(g.id(), g.source()));
            }
        }
        var r = client.search(s -> s.index(alias).size(1).query(q -> q.term(t -> t.field("name").value(key))),
            ObjectNode.class);
        return r.hits().hits().stream().findFirst().map(h -> watch(h.id(), h.source()));
    }

    /** Deletes a watch by id or name; false when there was none. */
    public boolean delete(String idOrName) throws IOException {
        Optional<Watch> w = find(idOrName);
        if (w.isEmpty()) {
            return false;
        }
        client.delete(d -> d.index(alias).id(w.get().id()).refresh(Refresh.WaitFor));
        return true;
    }

    /** The documents indexed after {@code since} that match the watch, newest first. */
    public SearchResult newSince(Watch watch, Instant since, int size) throws IOException {
        return documents.indexedSince(new SearchQuery(watch.query(), watch.filters(), SearchQuery.Sort.DATE, 1, size,
            false, false), since);
    }

    private Watch watch(String id, JsonNode source) {
        JsonNode f = source.path("filters");
        return new Watch(id, source.path("name").asText(), source.path("query").asText(""),
            SearchFilters.of(n -> f.path(n).isMissingNode() || f.path(n).isNull() ? null : f.path(n).asText()),
            Instant.parse(source.path("created").asText()));
    }

    private static String newId() {
        byte[] b = new byte[8];
        IDS.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
