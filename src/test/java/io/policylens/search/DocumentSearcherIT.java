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

    private static final String[][] WORD_AND_ACROSS = {
        {"word-chuangxin", "园区企业加大研发力度\n园区企业加大研发力度，新产品接连面世，技术水平稳步提升，园区把创新摆在发展全局的核心位置。"},
        {"across-chuangxin", "园区出口额再创新高\n今年园区出口额再创新高，三季度再创新高，全年有望再创新高，外贸企业订单饱满。"},
        {"word-rencai", "园区引进高层次人才\n园区今年引进高层次人才一百余名，配套住房和子女入学服务，人才公寓陆续交付。"},
        {"across-rencai", "园区举办职业技能大赛\n大赛让每个人才能有机会展示技艺，每个人才能得到认可，选手们各显身手。"},
        {"word-shanghai", "长三角合作会议召开\n长三角合作会议在上海召开，上海与周边城市签署协议，推进交通和产业协同。"},
        {"across-shanghai", "海边步道即将开放\n城东海边步道主体完工，市民马上海边散步的愿望即将实现，马上海边也将有夜景灯光。"},
    };

    @BeforeAll
    static void ingestCorpus() throws Exception {
        Settings s = TestCluster.settings(Path.of("target/it-search-home"), "search");
        es = Cluster.connect(s, m -> { });
        layout = new IndexLayout(es.client(), s.indexPrefix());
        DocumentPipeline pipeline = Ingests.pipeline(s);
        TestIngest job = new TestIngest(s, pipeline);
        assertThat(job.run(es, job.inputs(List.of(TestCorpus.CORPUS)), n -> { }).ingested())
            .isEqualTo(TestCorpus.documents().size());
        // Two documents that name the Zhejiang policy's number: a city's policy that cites it, and a news item.
        Path extra = java.nio.file.Files.createDirectories(Path.of("target/it-search-extra"));
        java.nio.file.Files.writeString(extra.resolve("citing-policy.txt"), String.join("\n",
            "湖州市人民政府办公室关于加快低空经济发展的实施意见",
            "湖政办发〔2024〕33号",
            "各区县人民政府，市政府各部门：",
            "为贯彻落实《浙江省人民政府办公厅关于加快推进低空经济发展的实施意见》（浙政办发〔2024〕27号），结合我市实际，提出如下意见。",
            "到2027年，全市建成通用机场3个、无人机起降点100个，低空经济规模力争达到150亿元。",
            "湖州市人民政府办公室",
            "2024年8月2日"));
        java.nio.file.Files.writeString(extra.resolve("news-mention.txt"), String.join("\n",
            "低空经济政策密集出台 多地开通无人机物流航线",
            "2024-09-01 来源：某某财经",
            "继浙江省出台浙政办发〔2024〕27号文件之后，多个地市相继出台配套政策，低空经济领域投资明显升温，无人机物流航线陆续开通。",
            "业内人士认为，明年低空经济规模有望继续保持较快增长。"));
        // Pairs: one document uses the query as a word, the other only has its characters across a word boundary.
        for (String[] pair : WORD_AND_ACROSS) {
            java.nio.file.Files.writeString(extra.resolve(pair[0] + ".txt"), pair[1]);
        }
        assertThat(job.run(es, job.inputs(List.of(extra)), n -> { }).ingested()).isEqualTo(2 + WORD_AND_ACROSS.length);
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
    @Test
    void aDocumentNumberFindsItsDocumentFirstThenTheDocumentsThatCiteIt() throws Exception {
        for (String typed : List.of("浙政办发〔2024〕27号", "浙政办发[2024]27号")) {
            SearchResult r = searcher.search(new SearchQuery(typed, 10));
            assertThat(r.hits()).as(typed).extracting(SearchHit::title).startsWith(
                "浙江省人民政府办公厅关于加快推进低空经济发展的实施意见",
                "湖州市人民政府办公室关于加快低空经济发展的实施意见",
                "低空经济政策密集出台 多地开通无人机物流航线");
        }
    }

    @Test
    void issuerFiltersAndCountsAsAFacet() throws Exception {
        SearchResult all = searcher.search(new SearchQuery("", SearchFilters.NONE, SearchQuery.Sort.RELEVANCE, 1, 50, true,
            false));
        assertThat(all.facets().get("issuer")).extracting(FacetBucket::key)
            .contains("浙江省人民政府办公厅", "重庆市人民政府办公厅", "台中市政府经济发展局");
        SearchQuery byIssuer = new SearchQuery("", SearchFilters.NONE.withIssuer("重庆市人民政府办公厅"),
            SearchQuery.Sort.RELEVANCE, 1, 50, false, false);
        assertThat(searcher.search(byIssuer).hits()).extracting(SearchHit::title)
            .containsExactly("重庆市人民政府办公厅关于印发重庆市促进科技成果转化若干措施的通知");
    }

    @Test
    void aWordRanksAboveItsCharactersAcrossAWordBoundary() throws Exception {
        for (String[] q : new String[][] {{"創新", "word-chuangxin", "across-chuangxin"}, {"人才", "word-rencai", "across-rencai"},
            {"上海", "word-shanghai", "across-shanghai"}}) {
            List<String> uris = searcher.search(new SearchQuery(q[0], 100)).hits().stream().map(SearchHit::uri).toList();
            int word = indexOf(uris, q[1]);
            int across = indexOf(uris, q[2]);
            assertThat(word).as(q[0] + " as a word is found").isGreaterThanOrEqualTo(0);
            assertThat(across).as(q[0] + ": the cross-boundary page ranks below the word's " + uris).satisfiesAnyOf(
                a -> assertThat(a).isGreaterThan(word), a -> assertThat(a).isEqualTo(-1));
        }
    }

    private static int indexOf(List<String> uris, String name) {
        for (int i = 0; i < uris.size(); i++) {
            if (uris.get(i).endsWith("/" + name + ".txt")) {
                return i;
            }
        }
        return -1;
    }
}
