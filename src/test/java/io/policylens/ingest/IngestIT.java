package io.policylens.ingest;

import io.policylens.app.Ingests;
import io.policylens.TestIngest;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The ingest invariant, counted: every input ends ingested, unchanged or rejected with a reason. */
class IngestIT {

    @TempDir
    Path inputs;
    private Settings settings;
    private EsConnection es;
    private IndexLayout layout;
    private TestIngest job;

    @BeforeEach
    void setUp() throws Exception {
        settings = TestCluster.settings(inputs.resolve("home"), "ingest");
        es = Cluster.connect(settings, m -> { });
        layout = new IndexLayout(es.client(), settings.indexPrefix());
        job = new TestIngest(settings, Ingests.pipeline(settings));
        Path docs = Files.createDirectories(inputs.resolve("docs"));
        try (Stream<Path> corpus = Files.list(TestCorpus.CORPUS)) {
            for (Path p : corpus.filter(Files::isRegularFile).toList()) {
                Files.copy(p, docs.resolve(p.getFileName()));
            }
        }
        Files.write(docs.resolve("empty.html"), new byte[0]);
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        Files.write(docs.resolve("garbage.pdf"), garbage);
    }

    @AfterEach
    void tearDown() throws IOException {
        layout.drop();
        es.close();
    }

    @Test
    void idsAreStableUnchangedFilesChangeNothingAndRejectsKeepTheirReason() throws Exception {
        Path docs = inputs.resolve("docs");
        List<Path> files = job.inputs(List.of(docs));
        int corpus = TestCorpus.documents().size();
        assertThat(files).hasSize(corpus + 2);

        IngestSummary first = job.run(es, files, n -> { });
        assertThat(first).hasToString("ingested " + corpus + ", unchanged 0, rejected 2");
        assertThat(count()).isEqualTo(corpus);
        RejectionLog rejections = new RejectionLog(es.client(), layout);
        assertThat(rejections.list(10)).extracting(Rejection::uri, Rejection::stage)
            .containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(SourceRef.ofFile(docs.resolve("empty.html")).uri(), "extract"),
                org.assertj.core.groups.Tuple.tuple(SourceRef.ofFile(docs.resolve("garbage.pdf")).uri(), "extract"));
        assertThat(rejections.list(10)).allSatisfy(r -> assertThat(r.reason()).isNotBlank());

        DocumentId shanghai = DocumentId.of(SourceRef.ofFile(docs.resolve("shanghai-utf8-bom.txt")));
        long version = versionOf(shanghai);

        IngestSummary second = job.run(es, job.inputs(List.of(docs)), n -> { });
        assertThat(second).hasToString("ingested 0, unchanged " + corpus + ", rejected 2");
        assertThat(versionOf(shanghai)).as("an unchanged file is not written again").isEqualTo(version);
        assertThat(count()).isEqualTo(corpus);

        Files.writeString(docs.resolve("shanghai-utf8-bom.txt"),
            Files.readString(docs.resolve("shanghai-utf8-bom.txt")) + "\n绿色保险保费收入同比增长15.2%。\n");
        Files.writeString(docs.resolve("empty.html"), "<html><head><title>补发的通知</title></head><body>"
            + "<h1>补发的通知</h1><p>某区科技局今年计划新建创新联合体12家，安排资金3000万元。</p></body></html>");
        IngestSummary third = job.run(es, job.inputs(List.of(docs)), n -> { });
        assertThat(third).hasToString("ingested 2, unchanged " + (corpus - 1) + ", rejected 1");
        assertThat(third.inputs()).isEqualTo(corpus + 2);
        assertThat(versionOf(shanghai)).isGreaterThan(version);
        assertThat(count()).isEqualTo(corpus + 1);
        assertThat(rejections.list(10)).extracting(Rejection::uri)
            .containsExactly(SourceRef.ofFile(docs.resolve("garbage.pdf")).uri());
    }

    @Test
    void copiesOfAnArticleFoldIntoTheKeptDocument() throws Exception {
        Path site = Files.createDirectories(inputs.resolve("sites"));
        Path a = site.resolve("a-original.html");
        Files.copy(TestCorpus.CORPUS.resolve("shenzhen-ai-fund-utf8.html"), a);
        // The same article on another site: other furniture, same text.
        Path b = site.resolve("b-mirror.html");
        Files.writeString(b, "<html><head><meta charset=\"utf-8\"><title>深圳设立100亿元人工智能产业基金</title></head><body>"
            + "<div><a href=\"/\">转载站首页</a> <a href=\"/x\">资讯</a></div><h1>深圳设立100亿元人工智能产业基金</h1>"
            + "<p>深圳市人民政府办公厅近日印发《关于加快推进人工智能产业发展的行动方案》，提出设立规模100亿元的人工智能产业基金，重点支持大模型、智能芯片和机器人等领域。</p>"
            + "<p>方案明确，到2026年，全市人工智能核心产业规模力争突破3000亿元，培育估值超过10亿美元的独角兽企业15家。</p>"
            + "<p>深圳市科技创新局副局长李文华介绍，2024年全市人工智能企业数量已达2600余家，同比增长约20%。</p>"
            + "<p>南山区将建设人工智能创新街区，首期提供算力补贴最高500万元。</p></body></html>");
        // A near copy: one figure edited, punctuation changed.
        Path c = site.resolve("c-near.txt");
        Files.writeString(c, "深圳设立100亿元人工智能产业基金\n"
            + "深圳市人民政府办公厅近日印发《关于加快推进人工智能产业发展的行动方案》, 提出设立规模100亿元的人工智能产业基金，重点支持大模型、智能芯片和机器人等领域。\n"
            + "方案明确，到2026年，全市人工智能核心产业规模力争突破3000亿元，培育估值超过10亿美元的独角兽企业16家。\n"
            + "深圳市科技创新局副局长李文华介绍，2024年全市人工智能企业数量已达2600余家，同比增长约20%。\n"
            + "南山区将建设人工智能创新街区，首期提供算力补贴最高500万元。\n");
        IngestSummary first = job.run(es, job.inputs(List.of(site)), n -> { });
        assertThat(first).hasToString("ingested 1, duplicates 2, unchanged 0, rejected 0");
        DocumentId kept = DocumentId.of(SourceRef.ofFile(a));
        GetResponse<ObjectNode> doc = es.client().get(g -> g.index(layout.alias(IndexLayout.DOCUMENTS)).id(kept.value()),
            ObjectNode.class);
        assertThat(doc.source().path("also_at").toString())
            .contains(SourceRef.ofFile(b).uri()).contains(SourceRef.ofFile(c).uri());
        long version = versionOf(kept);

        IngestSummary again = job.run(es, job.inputs(List.of(site)), n -> { });
        assertThat(again).hasToString("ingested 0, duplicates 2, unchanged 1, rejected 0");
        assertThat(versionOf(kept)).as("folding the same copies again writes nothing").isEqualTo(version);
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void progressIsReportedForEveryInput() throws Exception {
        java.util.concurrent.atomic.AtomicInteger last = new java.util.concurrent.atomic.AtomicInteger();
        job.run(es, job.inputs(List.of(inputs.resolve("docs"))), last::set);
        assertThat(last.get()).isEqualTo(TestCorpus.documents().size() + 2);
    }

    private long count() throws IOException {
        return es.client().count(c -> c.index(layout.alias(IndexLayout.DOCUMENTS))).count();
    }

    private long versionOf(DocumentId id) throws IOException {
        GetResponse<ObjectNode> r = es.client().get(g -> g.index(layout.alias(IndexLayout.DOCUMENTS)).id(id.value()),
            ObjectNode.class);
        assertThat(r.found()).isTrue();
        return r.version();
    }
}
