package io.policylens.ingest;

import io.policylens.app.Ingests;
import io.policylens.TestIngest;
import io.policylens.app.Cluster;
import io.policylens.app.Settings;
import io.policylens.tools.corpus.CorpusGenerator;

import io.policylens.TestCluster;
import io.policylens.TestCorpus;
import io.policylens.index.EsConnection;
import io.policylens.index.IndexLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The process killed (SIGKILL) in the middle of an ingest, then run again: it resumes where the index stands, with
 * no duplicates (ids come from the source) and no gaps (every input ends indexed, folded or unchanged).
 */
class KillResumeIT {

    @TempDir
    Path tmp;

    @Test
    void anIngestKilledMidwayResumesWithoutDuplicatesOrGaps() throws Exception {
        Settings settings = TestCluster.settings(tmp.resolve("home"), "kill");
        Path docs = tmp.resolve("docs");
        new CorpusGenerator(TestCorpus.hanlp()).write(docs, new CorpusGenerator.Options(300, 42, 1500), n -> { });
        try (EsConnection es = Cluster.connect(settings, m -> { })) {
            IndexLayout layout = new IndexLayout(es.client(), settings.indexPrefix());
            String alias = layout.alias(IndexLayout.DOCUMENTS);
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"), "io.policylens.cli.Main",
                "--es-url", TestCluster.url(), "--index-prefix", settings.indexPrefix(), "--home",
                settings.home().toString(), "ingest", docs.toString()));
            Process child = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("child.log").toFile()).start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            long seen = 0;
            while (System.nanoTime() < deadline && child.isAlive()) {
                es.client().indices().refresh(r -> r.index(alias));
                seen = es.client().count(c -> c.index(alias)).count();
                if (seen >= 30) {
                    break;
                }
                Thread.sleep(200);
            }
            assertThat(child.isAlive()).as("killed midway, not after the end (%d indexed)", seen).isTrue();
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            es.client().indices().refresh(r -> r.index(alias));
            long before = es.client().count(c -> c.index(alias)).count();
            assertThat(before).isBetween(30L, 299L);

            TestIngest job = new TestIngest(settings, Ingests.pipeline(settings));
            List<Path> inputs = job.inputs(List.of(docs));
            IngestSummary resumed = job.run(es, inputs, n -> { });
            assertThat(resumed.inputs()).isEqualTo(300);
            assertThat(resumed.rejected() + resumed.spooled()).isZero();
            assertThat(resumed.unchanged()).as("what the killed run indexed is not redone").isPositive();
            long after = es.client().count(c -> c.index(alias)).count();
            // No gaps: every input is a document or a folded copy; no duplicates: one document per id.
            assertThat(after + resumed.duplicates()).isEqualTo(300);
            assertThat(job.run(es, inputs, n -> { }).unchanged() + resumed.duplicates()).isEqualTo(300);
            layout.drop();
        }
    }
}
