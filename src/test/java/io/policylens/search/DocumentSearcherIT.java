package io.policylens.search;

import io.policylens.app.Ingests;
import io.policylens.TestIngest;
import io.policylens.TestCluster;
import io.policylens.TestCorpus;
import io.policylens.app.Cluster;
import io.policylens.ingest.DocumentPipeline;
import io.policylens.app.Settings;
import io.policylens.index.EsConnection;
import io.policylens.index.IndexLayout;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentSearcherIT {

    private static EsConnection es;
    private static IndexLayout layout;
    private static DocumentSearcher searcher;

    @BeforeAll
    static void ingestCorpus() throws Exception {
        Settings s = TestCluster.settings(Path.of("target/it-search-home"), "search");
        es = Cluster.connect(s, m -> { });
        layout = new IndexLayout(es.client(), s.indexPrefix());
        DocumentPipeline pipeline = Ingests.pipeline(s);
        TestIngest job = new TestIngest(s, pipeline);
        assertThat(job.run(es, job.inputs(List.of(TestCorpus.CORPUS)), n -> { }).ingested()).isEqualTo(12);
        searcher = io.policylens.app.Searchers.documents(es, s);
    }

    @AfterAll
    static void drop() throws Exception {
        layout.drop();
        es.close();
    }

    @Test
    void traditionalAndSimplifiedQueriesFindTheSameDocumentsInTheSameOrder() throws Exception {
        SearchResult traditional = searcher.search(new SearchQuery("創新", 20));
        SearchResult simplified = searcher.search(new SearchQuery("创新", 20));
        assertThat(traditional.total()).isGreaterThanOrEqualTo(5);
        assertThat(traditional.hits()).extracting(SearchHit::id)
            .containsExactlyElementsOf(simplified.hits().stream().map(SearchHit::id).toList());
        assertThat(traditional.simplifiedQuery()).isEqualTo("创新");
    }

    @Test
    void snippetsAreHighlightedInTheDocumentsOwnScript() throws Exception {
        SearchResult r = searcher.search(new SearchQuery("創新科技署", 5));
        SearchHit top = r.hits().get(0);
        assertThat(top.titleOriginal()).isEqualTo("創新科技署推出新一輪科研資助計劃");
        assertThat(top.script()).isEqualTo("traditional");
        assertThat(top.snippets()).map(sn -> sn.marked("<em>", "</em>")).anyMatch(t -> t.contains("<em>創新科技署</em>"));

        SearchHit simplified = searcher.search(new SearchQuery("綠色貸款", 5)).hits().get(0);
        assertThat(simplified.titleOriginal()).isEqualTo("上海绿色金融规模持续扩大");
        assertThat(simplified.snippets()).map(sn -> sn.marked("<em>", "</em>")).anyMatch(t -> t.contains("<em>绿色贷款</em>"));
    }

    @Test
    void everyTermMustMatchAndRankingPutsTheTitleMatchFirst() throws Exception {
        assertThat(searcher.search(new SearchQuery("量子 合肥", 5)).hits()).extracting(SearchHit::title)
            .containsExactly("合肥量子信息产业集聚企业超过60家");
        assertThat(searcher.search(new SearchQuery("量子 深圳", 5)).total()).isZero();
        assertThat(searcher.search(new SearchQuery("人工智能产业基金", 5)).hits().get(0).title())
            .isEqualTo("深圳设立100亿元人工智能产业基金");
        assertThat(searcher.search(new SearchQuery("的", 3)).hits()).hasSize(3);
    }
}
