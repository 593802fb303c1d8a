package io.policylens.pipelines;

import io.policylens.TestCluster;
import io.policylens.app.Cluster;
import io.policylens.app.Settings;
import io.policylens.document.DocumentId;
import io.policylens.document.SourceRef;
import io.policylens.index.EsConnection;
import io.policylens.index.IndexLayout;
import io.policylens.source.TestSite;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A crawl killed (SIGKILL) half-way, then run again: what the crawl remembers of an article is only ever saved once
 * the article is in the index, so at any moment every remembered article is indexed, and the next pass indexes
 * every article the killed one fetched but never indexed — none is taken for unchanged and lost.
 */
class CrawlKillResumeIT {

    @TempDir
    Path tmp;

    @Test
    void aCrawlKilledMidwayLosesNoArticle() throws Exception {
        Settings settings = TestCluster.settings(tmp.resolve("home"), "crawlkill");
        try (TestSite site = new TestSite(); EsConnection es = Cluster.connect(settings, m -> { })) {
            IndexLayout layout = new IndexLayout(es.client(), settings.indexPrefix());
            Process child = crawl(settings, site, "killed.log");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            List<String> remembered = List.of();
            while (System.nanoTime() < deadline && child.isAlive()) {
                remembered = rememberedArticles(es, layout);
                if (remembered.size() >= 6) {
                    break;
                }
                Thread.sleep(100);
            }
            assertThat(child.isAlive()).as("killed midway, not after the end (%d remembered)", remembered.size())
                .isTrue();
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

            remembered = rememberedArticles(es, layout);
            assertThat(remembered).hasSizeBetween(6, TestSite.BULK_ARTICLES - 1);
            layout.refresh();
            for (String url : remembered) {
                assertThat(indexed(es, layout, url)).as("remembered, so indexed: " + url).isTrue();
            }

            Process resumed = crawl(settings, site, "resumed.log");
            assertThat(resumed.waitFor(180, TimeUnit.SECONDS)).as("the second pass ends").isTrue();
            assertThat(resumed.exitValue()).as(java.nio.file.Files.readString(tmp.resolve("resumed.log"))).isZero();
            layout.refresh();
            for (int n = 1; n <= TestSite.BULK_ARTICLES; n++) {
                assertThat(indexed(es, layout, site.url("/bulk/" + n + ".html"))).as("article " + n).isTrue();
            }
            assertThat(rememberedArticles(es, layout)).hasSize(TestSite.BULK_ARTICLES);
            layout.drop();
        }
    }

    private Process crawl(Settings settings, TestSite site, String log) throws java.io.IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx1g", "-cp", System.getProperty("java.class.path"), "io.policylens.cli.Main",
            "--es-url", TestCluster.url(), "--index-prefix", settings.indexPrefix(), "--home",
            settings.home().toString(), "crawl", "--url", site.url("/bulk/index.html"), "--once",
            "--max-pages", "100", "--max-depth", "1", "--delay", "150"));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve(log).toFile()).start();
    }

    /** Article URLs the crawl state holds (saved only after the article was settled). */
    private static List<String> rememberedArticles(EsConnection es, IndexLayout layout) throws java.io.IOException {
        String alias = layout.alias(IndexLayout.CRAWL);
        es.client().indices().refresh(r -> r.index(alias));
        return es.client().search(s -> s.index(alias).size(200), ObjectNode.class).hits().hits().stream()
            .map(Hit::source).map(o -> o.path("url").asText()).filter(u -> u.matches(".*/bulk/\\d+\\.html")).toList();
    }

    private static boolean indexed(EsConnection es, IndexLayout layout, String url) throws java.io.IOException {
        DocumentId id = DocumentId.of(SourceRef.ofUrl(URI.create(url)));
        return es.client().get(g -> g.index(layout.alias(IndexLayout.DOCUMENTS)).id(id.value()), ObjectNode.class)
            .found();
    }
}
