package io.policylens.ingest;

import io.policylens.app.Ingests;
import io.policylens.TestIngest;
import io.policylens.app.Cluster;
import io.policylens.app.Settings;

import io.policylens.TcpProxy;
import io.policylens.TestCluster;
import io.policylens.TestCorpus;
import io.policylens.index.EsConnection;
import io.policylens.index.EsSettings;
import io.policylens.index.IndexLayout;
import io.policylens.index.RejectionLog;
import io.policylens.index.Spool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The cluster goes away during an ingest and comes back: nothing is lost. Documents the cluster could not take are
 * spooled to disk and replayed when it answers again; counted, inputs = ingested + … + spooled, then every one of
 * them is in the index.
 */
class ClusterOutageIT {

    @TempDir
    Path tmp;

    @Test
    void documentsSentWhileTheClusterIsAwayAreSpooledAndReplayedWhenItReturns() throws Exception {
        URI node = URI.create(TestCluster.url());
        try (TcpProxy proxy = new TcpProxy(node.getHost(), node.getPort())) {
            Settings settings = Settings.defaults(tmp.resolve("home")).withCluster(EsSettings.of(proxy.url()))
                .withIndexPrefix(TestCluster.uniquePrefix("outage")).withSpoolWait(Duration.ofSeconds(2));
            TestIngest job = new TestIngest(settings, Ingests.pipeline(settings));
            List<Path> inputs = job.inputs(List.of(TestCorpus.CORPUS));
            IndexLayout layout;
            try (EsConnection es = Cluster.connect(settings, m -> { })) {
                layout = new IndexLayout(es.client(), settings.indexPrefix());
                // Gone after the connection was made and the indices were in place: mid-ingest, for the job.
                proxy.cut();
                IngestSummary away = job.run(es, inputs, n -> { });
                assertThat(away.spooled()).isEqualTo(inputs.size());
                assertThat(away.inputs()).isEqualTo(inputs.size());
                assertThat(away).hasToString("ingested 0, unchanged 0, rejected 0, spooled " + inputs.size());
            }
            Spool spool = new Spool(settings.home().resolve("spool"));
            assertThat(spool.pending()).isEqualTo(inputs.size());
            assertThatThrownBy(() -> Cluster.connect(settings, m -> { })).hasMessageContaining("does not answer");

            proxy.restore();
            StringBuilder log = new StringBuilder();
            try (EsConnection es = Cluster.connect(settings, log::append)) {
                assertThat(log.toString()).contains("replayed " + inputs.size() + " document(s)");
                assertThat(spool.pending()).isZero();
                layout = new IndexLayout(es.client(), settings.indexPrefix());
                layout.refresh();
                assertThat(es.client().count(c -> c.index(new IndexLayout(es.client(), settings.indexPrefix())
                    .alias(IndexLayout.DOCUMENTS))).count()).isEqualTo(inputs.size());
                // Replayed documents are whole: the next ingest finds every one unchanged.
                assertThat(job.run(es, inputs, n -> { })).hasToString("ingested 0, unchanged " + inputs.size() + ", rejected 0");
                layout.drop();
            }
            assertThat(Files.list(spool.dir()).count()).isZero();
        }
    }

    @Test
    void rejectionsRecordedAndClearedWhileTheClusterIsAwayReachItWithTheReplay() throws Exception {
        URI node = URI.create(TestCluster.url());
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        Path fixed = inbox.resolve("notice.txt");
        Files.writeString(fixed, "");
        try (TcpProxy proxy = new TcpProxy(node.getHost(), node.getPort())) {
            Settings settings = Settings.defaults(tmp.resolve("home3")).withCluster(EsSettings.of(proxy.url()))
                .withIndexPrefix(TestCluster.uniquePrefix("rejects-away")).withSpoolWait(Duration.ofSeconds(1));
            TestIngest job = new TestIngest(settings, Ingests.pipeline(settings));
            try (EsConnection es = Cluster.connect(settings, m -> { })) {
                assertThat(job.run(es, List.of(fixed), n -> { })).hasToString("ingested 0, unchanged 0, rejected 1");
                assertThat(new RejectionLog(es.client(), new IndexLayout(es.client(), settings.indexPrefix())).list(10))
                    .extracting(r -> r.uri()).containsExactly(fixed.toUri().toString());

                // Away: the fixed input is spooled (its old rejection must go), a new bad one is rejected.
                Files.copy(TestCorpus.CORPUS.resolve("shanghai-utf8-bom.txt"), fixed,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                Path empty = Files.writeString(inbox.resolve("empty.html"), "");
                proxy.cut();
                assertThat(job.run(es, List.of(fixed, empty), n -> { }))
                    .hasToString("ingested 0, unchanged 0, rejected 1, spooled 1");
            }
            proxy.restore();
            try (EsConnection es = Cluster.connect(settings, m -> { })) {
                IndexLayout layout = new IndexLayout(es.client(), settings.indexPrefix());
                layout.refresh();
                List<io.policylens.document.Rejection> listed = new RejectionLog(es.client(), layout).list(10);
                assertThat(listed).extracting(r -> r.uri()).as("the stale entry is gone, the new one is there")
                    .containsExactly(inbox.resolve("empty.html").toUri().toString());
                assertThat(listed.get(0).reason()).isNotBlank();
                assertThat(es.client().count(c -> c.index(layout.alias(IndexLayout.DOCUMENTS))).count()).isEqualTo(1);
                assertThat(new Spool(settings.home().resolve("spool")).pending()).isZero();
                layout.drop();
            }
        }
    }

    @Test
    void whenTheSpoolCannotBeWrittenEitherTheIngestFailsLoudlyAndClaimsNothingKept() throws Exception {
        URI node = URI.create(TestCluster.url());
        try (TcpProxy proxy = new TcpProxy(node.getHost(), node.getPort())) {
            Path home = Files.createDirectories(tmp.resolve("home4"));
            // The local disk refuses the spool (here: its folder's name is taken by a file).
            Files.writeString(home.resolve("spool"), "not a folder");
            Settings settings = Settings.defaults(home).withCluster(EsSettings.of(proxy.url()))
                .withIndexPrefix(TestCluster.uniquePrefix("nospool")).withSpoolWait(Duration.ofSeconds(1));
            TestIngest job = new TestIngest(settings, Ingests.pipeline(settings));
            List<Path> inputs = List.of(TestCorpus.CORPUS.resolve("shanghai-utf8-bom.txt"),
                TestCorpus.CORPUS.resolve("hsinchu-big5.html"));
            try (EsConnection es = Cluster.connect(settings, m -> { })) {
                proxy.cut();
                assertThatThrownBy(() -> job.run(es, inputs, n -> { }))
                    .hasMessageContaining("could not record 2 rejection(s)");
            }
        }
    }

    @Test
    void aClusterThatRefusesWritesForLackOfDiskSpoolsAndHalfWritesNothing() throws Exception {
        Settings settings = TestCluster.settings(tmp.resolve("home2"), "diskfull").withSpoolWait(Duration.ofSeconds(1));
        TestIngest job = new TestIngest(settings, Ingests.pipeline(settings));
        List<Path> inputs = job.inputs(List.of(TestCorpus.CORPUS.resolve("shanghai-utf8-bom.txt"),
            TestCorpus.CORPUS.resolve("hsinchu-big5.html"), TestCorpus.CORPUS.resolve("foshan-gbk-gb2312.html")));
        try (EsConnection es = Cluster.connect(settings, m -> { })) {
            IndexLayout layout = new IndexLayout(es.client(), settings.indexPrefix());
            String index = layout.index(IndexLayout.DOCUMENTS);
            // A refused write, as a full data disk makes the cluster answer (cluster_block_exception). Not the
            // flood-stage block itself: on a disk that is not full, the node's disk monitor lifts that one within
            // 30 s, which made this test race.
            es.client().indices().putSettings(p -> p.index(index).settings(st -> st.blocks(b -> b.write(true))));
            try {
                IngestSummary full = job.run(es, inputs, n -> { });
                assertThat(full).hasToString("ingested 0, unchanged 0, rejected 0, spooled 3");
                Spool spool = new Spool(settings.home().resolve("spool"));
                assertThat(spool.pending()).isEqualTo(3);
                assertThat(spool.lastReasonOnDisk()).contains("blocked by");
                es.client().indices().refresh(r -> r.index(index));
                assertThat(es.client().count(c -> c.index(index)).count()).as("nothing half-written").isZero();
            } finally {
                es.client().indices().putSettings(p -> p.index(index).settings(st -> st.blocks(b -> b.write(false))));
            }
            StringBuilder log = new StringBuilder();
            try (EsConnection again = Cluster.connect(settings, log::append)) {
                assertThat(log.toString()).contains("replayed 3 document(s)");
                again.client().indices().refresh(r -> r.index(index));
                assertThat(again.client().count(c -> c.index(index)).count()).isEqualTo(3);
            }
            layout.drop();
        }
    }
}
