package io.policylens.api;

import io.policylens.app.Ingests;
import io.policylens.TestIngest;
import io.policylens.TestCluster;
import io.policylens.TestCorpus;
import io.policylens.app.Cluster;
import io.policylens.app.Searchers;
import io.policylens.app.Settings;
import io.policylens.index.EsConnection;
import io.policylens.index.IndexLayout;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The corpus, plus one hostile page, ingested into indices of their own on the test node, with an API server over
 * them on a free loopback port.
 */
final class ApiFixture implements AutoCloseable {

    /** A page whose text is markup: it must reach the analyst as text, never as HTML. */
    static final String HOSTILE = "<img src=x onerror=alert(1)><script>alert(2)</script>";

    final Settings settings;
    final EsConnection es;
    final IndexLayout layout;
    final ApiServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    ApiFixture(Path tmp, ApiSettings api, Actions actions) throws Exception {
        settings = TestCluster.settings(tmp.resolve("home"), "api");
        es = Cluster.connect(settings, m -> { });
        layout = new IndexLayout(es.client(), settings.indexPrefix());
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        try (var corpus = Files.list(TestCorpus.CORPUS)) {
            for (Path p : corpus.filter(Files::isRegularFile).toList()) {
                Files.copy(p, docs.resolve(p.getFileName()));
            }
        }
        Files.writeString(docs.resolve("hostile-markup.txt"), "市科技局发布创新券管理办法\n\n"
            + "本市创新券年度预算安排2000万元，" + HOSTILE + "单个企业每年申领额度最高50万元。\n"
            + "办法自2026年1月1日起施行，有效期三年。\n", StandardCharsets.UTF_8);
        TestIngest job = new TestIngest(settings, Ingests.pipeline(settings));
        job.run(es, job.inputs(List.of(docs)), n -> { });
        server = Searchers.api(es, settings, api, actions).start();
    }

    HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(pathAndQuery)).GET().build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    static String q(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        server.close();
        layout.drop();
        es.close();
    }
}
