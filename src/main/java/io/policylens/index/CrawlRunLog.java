package io.policylens.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.policylens.source.CrawlSummary;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The passes crawls made, with their counts: what {@code policylens pipelines} shows. Thread-safe. */
public final class CrawlRunLog {

    private final ElasticsearchClient client;
    private final String alias;
    private final ObjectMapper mapper = new ObjectMapper();

    public CrawlRunLog(ElasticsearchClient client, IndexLayout layout) {
        this.client = client;
        this.alias = layout.alias(IndexLayout.CRAWL_RUNS);
    }

    public void record(CrawlSummary s) throws IOException {
        ObjectNode o = mapper.createObjectNode();
        o.put("crawl", s.crawl());
        o.put("started", s.started().toString());
        o.put("finished", s.finished().toString());
        o.put("fetched", s.fetched());
        o.put("new", s.newPages());
        o.put("changed", s.changed());
        o.put("unchanged", s.unchanged());
        o.put("skipped_robots", s.skippedRobots());
        o.put("failed", s.failed());
        o.put("indexed", s.indexed());
        o.put("rejected", s.rejected());
        client.index(i -> i.index(alias).document(o).refresh(co.elastic.clients.elasticsearch._types.Refresh.True));
    }

    /** The latest pass of a crawl, without its failure list. */
    public Optional<CrawlSummary> last(String crawl) throws IOException {
        SearchResponse<ObjectNode> r = client.search(s -> s.index(alias).size(1)
            .query(q -> q.term(t -> t.field("crawl").value(crawl)))
            .sort(so -> so.field(f -> f.field("finished").order(SortOrder.Desc))), ObjectNode.class);
        List<Hit<ObjectNode>> hits = r.hits().hits();
        if (hits.isEmpty() || hits.get(0).source() == null) {
            return Optional.empty();
        }
        ObjectNode o = hits.get(0).source();
        return Optional.of(new CrawlSummary(crawl, Instant.parse(o.path("started").asText()),
            Instant.parse(o.path("finished").asText()), o.path("fetched").asInt(), o.path("new").asInt(),
            o.path("changed").asInt(), o.path("unchanged").asInt(), o.path("skipped_robots").asInt(),
            o.path("failed").asInt(), List.of(), o.path("indexed").asInt(), o.path("rejected").asInt()));
    }
}
