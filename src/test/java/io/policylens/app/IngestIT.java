package io.policylens.app;

import co.elastic.clients.elasticsearch.core.GetResponse;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.policylens.TestCluster;
import io.policylens.TestCorpus;
import io.policylens.document.DocumentId;
import io.policylens.document.Rejection;
import io.policylens.document.SourceRef;
import io.policylens.index.EsConnection;
import io.policylens.index.EsSettings;
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
    private IngestJob job;

    @BeforeEach
    void setUp() throws Exception {
        settings = Settings.defaults(inputs.resolve("home")).withCluster(EsSettings.of(TestCluster.url()))
            .withIndexPrefix(TestCluster.uniquePrefix("ingest"));
        es = Cluster.connect(settings, m -> { });
        layout = new IndexLayout(es.client(), settings.indexPrefix());
        job = new IngestJob(settings, new DocumentPipeline(settings));
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
        assertThat(files).hasSize(14);

        IngestSummary first = job.run(es, files, n -> { });
        assertThat(first).hasToString("ingested 12, unchanged 0, rejected 2");
        assertThat(count()).isEqualTo(12);
        RejectionLog rejections = new RejectionLog(es.client(), layout);
        assertThat(rejections.list(10)).extracting(Rejection::uri, Rejection::stage)
            .containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(SourceRef.ofFile(docs.resolve("empty.html")).uri(), "extract"),
                org.assertj.core.groups.Tuple.tuple(SourceRef.ofFile(docs.resolve("garbage.pdf")).uri(), "extract"));
        assertThat(rejections.list(10)).allSatisfy(r -> assertThat(r.reason()).isNotBlank());

        DocumentId shanghai = DocumentId.of(SourceRef.ofFile(docs.resolve("shanghai-utf8-bom.txt")));
        long version = versionOf(shanghai);

        IngestSummary second = job.run(es, job.inputs(List.of(docs)), n -> { });
        assertThat(second).hasToString("ingested 0, unchanged 12, rejected 2");
        assertThat(versionOf(shanghai)).as("an unchanged file is not written again").isEqualTo(version);
        assertThat(count()).isEqualTo(12);

        Files.writeString(docs.resolve("shanghai-utf8-bom.txt"),
            Files.readString(docs.resolve("shanghai-utf8-bom.txt")) + "\n绿色保险保费收入同比增长15.2%。\n");
        Files.writeString(docs.resolve("empty.html"), "<html><head><title>补发的通知</title></head><body>"
            + "<h1>补发的通知</h1><p>某区科技局今年计划新建创新联合体12家，安排资金3000万元。</p></body></html>");
        IngestSummary third = job.run(es, job.inputs(List.of(docs)), n -> { });
        assertThat(third).hasToString("ingested 2, unchanged 11, rejected 1");
        assertThat(third.inputs()).isEqualTo(14);
        assertThat(versionOf(shanghai)).isGreaterThan(version);
        assertThat(count()).isEqualTo(13);
        assertThat(rejections.list(10)).extracting(Rejection::uri)
            .containsExactly(SourceRef.ofFile(docs.resolve("garbage.pdf")).uri());
    }

    @Test
    void progressIsReportedForEveryInput() throws Exception {
        java.util.concurrent.atomic.AtomicInteger last = new java.util.concurrent.atomic.AtomicInteger();
        job.run(es, job.inputs(List.of(inputs.resolve("docs"))), last::set);
        assertThat(last.get()).isEqualTo(14);
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
