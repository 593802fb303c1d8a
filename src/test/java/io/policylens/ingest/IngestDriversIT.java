package io.policylens.ingest;

import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.policylens.TestCluster;
import io.policylens.TestCorpus;
import io.policylens.app.Ingests;
import io.policylens.app.Settings;
import io.policylens.app.Cluster;
import io.policylens.document.Rejection;
import io.policylens.index.EsConnection;
import io.policylens.index.IndexLayout;
import io.policylens.index.RejectionLog;
import io.policylens.pipelines.Pipelines;
import io.policylens.source.FetchSettings;
import io.policylens.source.FileSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One flow, two drivers: the same inputs ingested by the {@code ingest} command's driver and by the Camel inbox
 * route end the same way — the same outcome for every input (indexed, duplicate of the same one, rejected at the
 * same stage for the same reason) and the same documents in the index.
 */
class IngestDriversIT {

    @TempDir
    Path tmp;

    @Test
    void theCommandAndTheRoutesGiveTheSameOutcomesAndTheSameIndex() throws Exception {
        Path inputs = Files.createDirectories(tmp.resolve("inputs"));
        try (Stream<Path> corpus = Files.list(TestCorpus.CORPUS)) {
            for (Path p : corpus.filter(p -> !p.getFileName().toString().endsWith(".expected.json")).toList()) {
                Files.copy(p, inputs.resolve(p.getFileName()));
            }
        }
        Files.copy(TestCorpus.CORPUS.resolve("shanghai-utf8-bom.txt"), inputs.resolve("zz-copy-of-shanghai.txt"));
        Files.write(inputs.resolve("empty.html"), new byte[0]);
        Files.writeString(inputs.resolve("one-letter.html"), "<html><body><p>a</p></body></html>");
        Files.writeString(inputs.resolve("all-boilerplate.html"), "<html><head><title>首页</title></head><body>"
            + "<div class=\"nav\"><a href=\"/\">首页</a> | <a href=\"/a\">机构设置</a> | <a href=\"/b\">政务公开</a></div>"
            + "<div class=\"footer\">版权所有：某市人民政府办公室 联系电话：0571-88886666 ICP备05012345号</div></body></html>",
            StandardCharsets.UTF_8);
        byte[] garbage = new byte[2048];
        new java.util.Random(5).nextBytes(garbage);
        garbage[7] = 0;
        Files.write(inputs.resolve("garbage.html"), garbage);
        List<Path> files = new FileSource(Long.MAX_VALUE).list(List.of(inputs));

        Settings command = settings("drivers-command");
        Settings routes = settings("drivers-routes");
        try (EsConnection es = Cluster.connect(command, m -> { });
             io.policylens.ingest.DocumentPipeline pipeline = Ingests.pipeline(command)) {
            Cluster.connect(routes, m -> { }).close();
            IndexLayout commandLayout = new IndexLayout(es.client(), command.indexPrefix());
            IndexLayout routesLayout = new IndexLayout(es.client(), routes.indexPrefix());

            // Driver 1: the ingest command's job, all files as one run.
            List<IngestOutcome> ledger = new ArrayList<>();
            IngestSummary summary;
            try (IngestCore core = Ingests.core(command, es, pipeline)) {
                summary = Ingests.job(command, core).run(files, n -> { }, ledger::add);
            }
            assertThat(ledger).hasSize(files.size());
            assertThat(summary.inputs()).isEqualTo(files.size());

            // Driver 2: the same files dropped into the inbox of the Camel routes.
            Path dir = Files.createDirectories(tmp.resolve("pipelines"));
            for (String f : List.of("ingest.camel.yaml", "errors.camel.yaml", "inbox.camel.yaml")) {
                Files.copy(Path.of("pipelines", f), dir.resolve(f));
            }
            Path inbox = Files.createDirectories(routes.home().resolve("inbox"));
            try (IngestCore core = Ingests.core(routes, es, pipeline);
                 Pipelines p = Ingests.pipelines(core, new Pipelines.Options(dir, true, FetchSettings.defaults(),
                     Map.of("policylens.retryDelay", "20"), inbox))) {
                Path staging = Files.createDirectories(tmp.resolve("staging"));
                for (Path f : files) {
                    Files.copy(f, staging.resolve(f.getFileName()));
                }
                for (Path f : files) {
                    Files.move(staging.resolve(f.getFileName()), inbox.resolve(f.getFileName()));
                }
                long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
                while (settledInInbox(inbox) < files.size() && System.nanoTime() < deadline) {
                    Thread.sleep(250);
                }
                assertThat(settledInInbox(inbox)).as("every inbox file moved on").isEqualTo(files.size());
            }
            commandLayout.refresh();
            routesLayout.refresh();

            Map<String, String> byCommand = outcomes(es, commandLayout);
            Map<String, String> byRoutes = outcomes(es, routesLayout);
            assertThat(byCommand).hasSize(files.size());
            assertThat(byRoutes).isEqualTo(byCommand);
            assertThat(byCommand).containsEntry("zz-copy-of-shanghai.txt", "duplicate of shanghai-utf8-bom.txt")
                .containsEntry("one-letter.html", "rejected extract: no text: 1 character")
                .containsEntry("empty.html", "rejected extract: empty input (0 bytes)")
                .containsEntry("shanghai-utf8-bom.txt", "indexed");
            // The command's ledger says what its index says.
            for (IngestOutcome o : ledger) {
                String name = Path.of(java.net.URI.create(o.uri())).getFileName().toString();
                assertThat(byCommand.get(name)).as(name).startsWith(o.kind().name().toLowerCase(java.util.Locale.ROOT));
            }
            assertThat(documents(es, routesLayout)).isEqualTo(documents(es, commandLayout));
            // A rejected inbox file is listed where it lies, with its reason beside it.
            assertThat(Files.readString(inbox.resolve("failed/one-letter.html.reason.txt")))
                .isEqualTo("extract: no text: 1 character\n");
            commandLayout.drop();
            routesLayout.drop();
        }
    }

    private Settings settings(String name) {
        return TestCluster.settings(tmp.resolve(name), name);
    }

    private static long settledInInbox(Path inbox) throws IOException {
        long n = 0;
        for (String folder : List.of("done", "failed")) {
            Path d = inbox.resolve(folder);
            if (Files.isDirectory(d)) {
                try (Stream<Path> s = Files.list(d)) {
                    n += s.filter(p -> !p.toString().endsWith(".reason.txt")).count();
                }
            }
        }
        return n;
    }

    private static String name(String uri) {
        return uri.substring(uri.lastIndexOf('/') + 1);
    }

    /** Each input by file name: indexed, duplicate of (file name), or rejected with its stage and reason. */
    private static Map<String, String> outcomes(EsConnection es, IndexLayout layout) throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (Hit<ObjectNode> h : all(es, layout)) {
            out.put(name(h.source().path("source").path("uri").asText()), "indexed");
            for (JsonNode also : h.source().path("also_at")) {
                out.put(name(also.asText()), "duplicate of " + name(h.source().path("source").path("uri").asText()));
            }
        }
        for (Rejection r : new RejectionLog(es.client(), layout).list(100)) {
            out.put(name(r.uri()), "rejected " + r.stage() + ": " + r.reason());
        }
        return out;
    }

    /** The indexed documents by file name, without what differs by nature (where, when, ids). */
    private static Map<String, String> documents(EsConnection es, IndexLayout layout) throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (Hit<ObjectNode> h : all(es, layout)) {
            ObjectNode d = h.source().deepCopy();
            for (String f : List.of("id", "source", "fetched_at", "indexed_at", "also_at", "content_hash")) {
                d.remove(f);
            }
            out.put(name(h.source().path("source").path("uri").asText()), d.toString());
        }
        return out;
    }

    private static List<Hit<ObjectNode>> all(EsConnection es, IndexLayout layout) throws IOException {
        SearchResponse<ObjectNode> r = es.client().search(s -> s.index(layout.alias(IndexLayout.DOCUMENTS)).size(100),
            ObjectNode.class);
        return r.hits().hits();
    }
}
