package io.policylens.pipelines;

import io.policylens.app.Ingests;
import io.policylens.app.Cluster;
import io.policylens.app.Settings;

import co.elastic.clients.elasticsearch.core.GetResponse;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.policylens.TestCluster;
import io.policylens.TestCorpus;
import io.policylens.document.DocumentId;
import io.policylens.document.Rejection;
import io.policylens.document.SourceRef;
import io.policylens.index.EsConnection;
import io.policylens.index.IndexLayout;
import io.policylens.index.RejectionLog;
import io.policylens.source.CrawlSummary;
import io.policylens.source.FetchSettings;
import io.policylens.source.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped routes (pipelines/ingest, errors, inbox) with a crawl of a real local site, through Camel into the
 * real node: exactly what is indexed, skipped, retried and rejected, and that a second pass indexes nothing.
 */
class PipelinesIT {

    @TempDir
    Path tmp;
    private TestSite site;
    private Settings settings;
    private EsConnection es;
    private IndexLayout layout;
    private Pipelines pipelines;
    private io.policylens.ingest.IngestCore core;

    @BeforeEach
    void setUp() throws Exception {
        site = new TestSite();
        site.setSlowMillis(1500);
        Path dir = Files.createDirectories(tmp.resolve("pipelines"));
        for (String f : List.of("ingest.camel.yaml", "errors.camel.yaml", "inbox.camel.yaml")) {
            Files.copy(Path.of("pipelines", f), dir.resolve(f));
        }
        Files.writeString(dir.resolve("crawl-testsite.camel.yaml"), """
            - beans:
                - name: testsite
                  type: io.policylens.source.CrawlDefinition
                  properties:
                    name: testsite
                    seeds: "{{site.base}}/news/index.html"
                    follow: ".*/news/index\\\\.html(\\\\?page=\\\\d+)?"
                    articles: ".*/(news/2026|mirror|private)/.*\\\\.html"
                    maxPages: 50
                    maxDepth: 2
                    hostDelay: 10ms
            - route:
                id: crawl-testsite
                autoStartup: "{{policylens.schedules:true}}"
                from:
                  uri: cron:crawl-testsite
                  parameters:
                    schedule: "0 0 3 * * ?"
                  steps:
                    - bean:
                        ref: testsite
                        method: spec
                    - to: direct:crawl
            """);
        settings = TestCluster.settings(tmp.resolve("home"), "pipelines");
        es = Cluster.connect(settings, m -> { });
        layout = new IndexLayout(es.client(), settings.indexPrefix());
        FetchSettings fetch = FetchSettings.defaults().withTimeouts(Duration.ofMillis(500), Duration.ofMillis(500))
            .withRetries(1, Duration.ofMillis(20));
        core = Ingests.core(settings, es, Ingests.pipeline(settings));
        pipelines = new Pipelines(core, new Pipelines.Options(dir, true, fetch,
            Map.of("site.base", site.base(), "policylens.retryDelay", "20"), settings.home().resolve("inbox")));
    }

    @AfterEach
    void tearDown() throws IOException {
        pipelines.close();
        core.close();
        site.close();
        layout.drop();
        es.close();
    }

    @Test
    void aPassIndexesTheNewArticlesAndTheNextPassIndexesNothing() throws Exception {
        CrawlSummary first = pipelines.crawlOnce("testsite");
        assertThat(first.line()).isEqualTo(
            "crawl testsite: fetched 7, new 5, changed 0, unchanged 0, skipped by robots 1, failed 4; ingested 5, rejected 0");
        layout.refresh();
        // Five articles, one of them under two URLs: four documents, the copy folded into the first.
        assertThat(count()).isEqualTo(4);
        ObjectNode fund = source(site.url("/news/2026/innovation-fund.html"));
        assertThat(fund.path("also_at").toString()).contains(site.url("/mirror/innovation-fund.html"));
        ObjectNode gbk = source(site.url("/news/2026/gbk-district.html"));
        assertThat(gbk.path("text").asText()).contains("朱镕基路", "王堃", "张喆");
        ObjectNode big5 = source(site.url("/news/2026/big5-taipei.html"));
        assertThat(big5.path("text_original").asText()).contains("臺北市政府");
        assertThat(big5.path("text").asText()).contains("台北市政府");

        RejectionLog rejections = new RejectionLog(es.client(), layout);
        assertThat(rejections.list(20)).extracting(Rejection::uri, Rejection::stage, Rejection::reason)
            .containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(site.url("/news/2026/missing.html"), "fetch", "HTTP 404"),
                org.assertj.core.groups.Tuple.tuple(site.url("/news/2026/broken.html"), "fetch", "HTTP 500"),
                org.assertj.core.groups.Tuple.tuple(site.url("/news/2026/slow.html"), "fetch", "timed out after 500 ms"),
                org.assertj.core.groups.Tuple.tuple(site.url("/news/2026/loop.html"), "fetch",
                    "redirect loop at " + site.url("/news/2026/loop.html")));
        assertThat(site.requests("/news/2026/broken.html")).as("a 500 is retried").isEqualTo(2);
        assertThat(site.requests("/private/internal.html")).as("robots.txt disallows it").isZero();
        long version = version(site.url("/news/2026/gbk-district.html"));

        CrawlSummary second = pipelines.crawlOnce("crawl-testsite.camel.yaml");
        assertThat(second.newPages() + second.changed()).isZero();
        assertThat(second.unchanged()).isEqualTo(5);
        assertThat(site.notModified("/news/2026/gbk-district.html")).as("asked conditionally").isEqualTo(1);
        assertThat(version(site.url("/news/2026/gbk-district.html"))).as("nothing re-indexed").isEqualTo(version);
        assertThat(count()).isEqualTo(4);

        site.changeArticle();
        CrawlSummary third = pipelines.crawlOnce("testsite");
        assertThat(third.changed()).isEqualTo(1);
        layout.refresh();
        assertThat(source(site.url("/news/2026/changing.html")).path("text").asText()).contains("1296亿元");
        assertThat(pipelines.routes()).filteredOn(r -> r.id().equals("crawl-testsite")).singleElement()
            .satisfies(r -> {
                assertThat(r.schedule()).isEqualTo("0 0 3 * * ?");
                assertThat(r.lastRun()).hasValueSatisfying(s -> assertThat(s.changed()).isEqualTo(1));
            });
    }

    @Test
    void inboxFilesEndInDoneOrFailedWithTheirReason() throws Exception {
        Path inbox = settings.home().resolve("inbox");
        Files.copy(TestCorpus.CORPUS.resolve("shanghai-utf8-bom.txt"), inbox.resolve("shanghai.txt.tmp"));
        Files.move(inbox.resolve("shanghai.txt.tmp"), inbox.resolve("shanghai.txt"));
        Files.write(inbox.resolve("empty.html"), new byte[0]);
        Path done = inbox.resolve("done/shanghai.txt");
        Path failed = inbox.resolve("failed/empty.html");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while ((!Files.exists(done) || !Files.exists(failed)) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(done).exists();
        assertThat(failed).exists();
        assertThat(Files.readString(inbox.resolve("failed/empty.html.reason.txt"))).startsWith("extract: ");
        layout.refresh();
        assertThat(count()).isEqualTo(1);
        RejectionLog rejections = new RejectionLog(es.client(), layout);
        assertThat(rejections.list(5)).extracting(Rejection::stage).containsExactly("extract");
    }

    private long count() throws IOException {
        return es.client().count(c -> c.index(layout.alias(IndexLayout.DOCUMENTS))).count();
    }

    private GetResponse<ObjectNode> get(String url) throws IOException {
        DocumentId id = DocumentId.of(SourceRef.ofUrl(URI.create(url)));
        return es.client().get(g -> g.index(layout.alias(IndexLayout.DOCUMENTS)).id(id.value()), ObjectNode.class);
    }

    private ObjectNode source(String url) throws IOException {
        GetResponse<ObjectNode> r = get(url);
        assertThat(r.found()).as("indexed: " + url).isTrue();
        return r.source();
    }

    private long version(String url) throws IOException {
        return get(url).version();
    }
}
