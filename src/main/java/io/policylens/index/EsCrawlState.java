package io.policylens.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.policylens.document.Hashes;
import io.policylens.source.CrawlState;
import io.policylens.source.PageState;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Crawl state in the cluster, one entry per URL (id: hash of the URL): shared by every worker, kept across
 * restarts, so that nothing known and unchanged is fetched or indexed again. Thread-safe.
 */
public final class EsCrawlState implements CrawlState {

    private final ElasticsearchClient client;
    private final String alias;
    private final ObjectMapper mapper = new ObjectMapper();

    public EsCrawlState(ElasticsearchClient client, IndexLayout layout) {
        this.client = client;
        this.alias = layout.alias(IndexLayout.CRAWL);
    }

    @Override
    public Optional<PageState> get(String url) throws IOException {
        GetResponse<ObjectNode> r = client.get(g -> g.index(alias).id(id(url)), ObjectNode.class);
        if (!r.found() || r.source() == null) {
            return Optional.empty();
        }
        ObjectNode o = r.source();
        List<String> links = new ArrayList<>();
        o.path("links").forEach(l -> links.add(l.asText()));
        return Optional.of(new PageState(o.path("url").asText(), text(o, "etag"), text(o, "last_modified"),
            text(o, "content_hash"), links, Instant.parse(o.path("fetched_at").asText())));
    }

    @Override
    public void put(PageState s) throws IOException {
        ObjectNode o = mapper.createObjectNode();
        o.put("url", s.url());
        o.put("host", URI.create(s.url()).getHost());
        o.put("etag", s.etag());
        o.put("last_modified", s.lastModified());
        o.put("content_hash", s.contentHash());
        s.links().forEach(o.putArray("links")::add);
        o.put("fetched_at", s.fetchedAt().toString());
        client.index(i -> i.index(alias).id(id(s.url())).document(o));
    }

    @Override
    public void forget(String url) throws IOException {
        client.delete(d -> d.index(alias).id(id(url)));
    }

    private static String id(String url) {
        return Hashes.sha256Hex(url.getBytes(StandardCharsets.UTF_8)).substring(0, 32);
    }

    private static String text(JsonNode o, String field) {
        JsonNode n = o.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }
}
