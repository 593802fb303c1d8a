package io.policylens.ingest;

import io.policylens.TestCluster;
import io.policylens.TestCorpus;
import io.policylens.TestIngest;
import io.policylens.app.Cluster;
import io.policylens.app.Settings;
import io.policylens.document.DocumentId;
import io.policylens.document.Rejection;
import io.policylens.document.SourceRef;
import io.policylens.index.EsConnection;
import io.policylens.index.IndexLayout;
import io.policylens.index.RejectionLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An input rejected once and ingested later is no longer listed, however many other rejections there are: an
 * ingest once read the first 10,000 rejections to know which to clear, and a later one was never cleared.
 */
class RejectionClearingIT {

    @TempDir
    Path tmp;

    @Test
    void aSuccessClearsItsRejectionBehindTenThousandOthers() throws Exception {
        Settings settings = TestCluster.settings(tmp.resolve("home"), "clearing");
        Path file = Files.createDirectories(tmp.resolve("in")).resolve("shanghai.txt");
        Files.copy(TestCorpus.CORPUS.resolve("shanghai-utf8-bom.txt"), file);
        DocumentId id = DocumentId.of(SourceRef.ofFile(file));
        try (EsConnection es = Cluster.connect(settings, m -> { })) {
            IndexLayout layout = new IndexLayout(es.client(), settings.indexPrefix());
            String alias = layout.alias(IndexLayout.REJECTS);
            TestCluster.fillRejections(es, layout, 10_500);
            RejectionLog log = new RejectionLog(es.client(), layout);
            log.record(new Rejection(id, SourceRef.ofFile(file).uri(), "extract", "no article text found", Instant.now()));
            layout.refresh();
            assertThat(log.count()).isEqualTo(10_501);

            TestIngest job = new TestIngest(settings);
            IngestSummary summary = job.run(es, List.of(file), n -> { });
            assertThat(summary.ingested()).isEqualTo(1);
            layout.refresh();
            assertThat(log.count()).isEqualTo(10_500);
            assertThat(es.client().get(g -> g.index(alias).id(id.value()), Void.class).found()).isFalse();
            layout.drop();
        }
    }
}
