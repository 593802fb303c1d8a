package io.policylens.node;

import io.policylens.app.Ingests;
import io.policylens.TestIngest;
import io.policylens.app.Cluster;
import io.policylens.app.Settings;
import io.policylens.ingest.IngestSummary;
import io.policylens.tools.corpus.CorpusGenerator;

import io.policylens.text.HanLpRuntime;
import io.policylens.index.EsConnection;
import io.policylens.index.IndexLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The managed cluster with two nodes on loopback (its own, beside the build's test node): the indices keep a
 * replica on the second node; stopping that node in the middle of an ingest loses nothing and searches keep
 * answering; stopping the first (the master) leaves searches answering from the second.
 */
class TwoNodeClusterIT {

    @TempDir
    Path tmp;

    @Test
    void stoppingANodeDuringAnIngestLosesNothingAndSearchesKeepAnswering() throws Exception {
        Path home = Path.of("target/it-two-nodes").toAbsolutePath();
        NodeSettings nodes = NodeSettings.defaults(home).withPort(9271).withHeap("512m").withNodes(2);
        Settings settings = Settings.defaults(home).withNode(nodes).withIndexPrefix("two-");
        ManagedNode cluster = new ManagedNode(nodes, m -> { });
        List<Path> corpus = new CorpusGenerator(HanLpRuntime.configure(settings.hanlp()))
            .write(tmp.resolve("corpus"), new CorpusGenerator.Options(300, 5, 2000), n -> { });
        try {
            cluster.start(true);
            TestIngest job = new TestIngest(settings, Ingests.pipeline(settings));
            List<Path> inputs = job.inputs(List.of(tmp.resolve("corpus")));
            assertThat(inputs).hasSize(corpus.size());
            try (EsConnection es = Cluster.connect(settings, m -> { })) {
                IndexLayout layout = new IndexLayout(es.client(), settings.indexPrefix());
                String alias = layout.alias(IndexLayout.DOCUMENTS);
                assertThat(es.client().cluster().health(h -> h.waitForStatus(
                    co.elastic.clients.elasticsearch._types.HealthStatus.Green).timeout(t -> t.time("60s"))).status())
                    .as("each shard and its replica placed").isEqualTo(co.elastic.clients.elasticsearch._types.HealthStatus.Green);
                assertThat(es.client().indices().getSettings(g -> g.index(alias)).result().values().iterator().next()
                    .settings().index().numberOfReplicas()).isEqualTo("1");

                // Node 2 goes away once a tenth of the documents are in; searches run throughout.
                AtomicInteger progress = new AtomicInteger();
                CompletableFuture<Integer> stopped = new CompletableFuture<>();
                SearchLoop searches = new SearchLoop(es, alias).start();
                IngestSummary summary = job.run(es, inputs, n -> {
                    progress.set(n);
                    if (n == inputs.size() / 10) {
                        // Stopped from the ingest's own progress report, which waits for it: the rest of the
                        // documents (and the batches in flight) meet a cluster with one node.
                        try {
                            cluster.stopNode(2);
                            stopped.complete(progress.get());
                        } catch (Exception e) {
                            stopped.completeExceptionally(e);
                        }
                    }
                });
                int doneWhenStopped = stopped.get();
                searches.stop();
                assertThat(doneWhenStopped).as("node 2 was stopped during the ingest").isLessThan(inputs.size());
                assertThat(cluster.process(2)).isEmpty();
                assertThat(searches.errors).as("searches during the ingest and the outage: " + searches.errors)
                    .isEmpty();
                assertThat(searches.answered.get()).isGreaterThan(5);

                // The invariant, by counting: every input is indexed, a copy of another, unchanged or rejected.
                assertThat(summary.inputs()).isEqualTo(inputs.size());
                assertThat(summary.spooled()).as(summary.toString()).isZero();
                layout.refresh();
                long indexed = es.client().count(c -> c.index(alias)).count();
                assertThat(indexed).as(summary.toString()).isEqualTo(summary.ingested());
                assertThat(summary.ingested() + summary.duplicates() + summary.unchanged() + summary.rejected())
                    .isEqualTo(inputs.size());

                // The first node, the master, goes away: searches are answered by the second. (A fresh client: this
                // one still counts node 2 as dead from its outage, and would retry it only after a minute.)
                cluster.startNode(2);
                es.client().cluster().health(h -> h.waitForStatus(co.elastic.clients.elasticsearch._types.HealthStatus.Green)
                    .timeout(t -> t.time("60s")));
                cluster.stopNode(1);
                try (EsConnection fresh = EsConnection.open(io.policylens.index.EsSettings.of(nodes.url()))) {
                    for (int i = 0; i < 5; i++) {
                        assertThat(fresh.client().count(c -> c.index(alias)).count()).as("counted by node 2 alone")
                            .isEqualTo(indexed);
                        assertThat(fresh.client().search(s -> s.index(alias).query(q -> q.match(m -> m.field("text")
                            .query("科技"))).size(1), Object.class).hits().total().value()).isPositive();
                    }
                }
                cluster.startNode(1);
                assertThat(es.client().count(c -> c.index(alias)).count()).isEqualTo(indexed);
            }
        } finally {
            cluster.stop();
        }
    }

    /** Searches over and over on a thread of its own until stopped, noting failures. */
    private static final class SearchLoop {
        final List<String> errors = new ArrayList<>();
        final AtomicInteger answered = new AtomicInteger();
        private final EsConnection es;
        private final String alias;
        private volatile boolean running = true;
        private Thread thread;

        SearchLoop(EsConnection es, String alias) {
            this.es = es;
            this.alias = alias;
        }

        SearchLoop start() {
            thread = new Thread(() -> {
                while (running) {
                    try {
                        es.client().search(s -> s.index(alias).query(q -> q.match(m -> m.field("text").query("创新")))
                            .size(5), Object.class);
                        answered.incrementAndGet();
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    } catch (Exception e) {
                        synchronized (errors) {
                            errors.add(e.toString());
                        }
                    }
                }
            });
            thread.start();
            return this;
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
        }
    }
}
