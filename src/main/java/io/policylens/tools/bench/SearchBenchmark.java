package io.policylens.tools.bench;

import io.policylens.app.Searchers;
import io.policylens.app.Settings;
import io.policylens.app.Ingests;
import io.policylens.ingest.IngestCore;
import io.policylens.ingest.IngestJob;
import io.policylens.ingest.IngestSummary;

import io.policylens.api.ApiServer;
import io.policylens.api.ApiSettings;
import io.policylens.text.HanLpRuntime;
import io.policylens.index.EsConnection;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Search latency as an analyst sees it: requests to {@code /api/search} through HTTP on loopback (facets and
 * chart data included, as the page asks), a mix of simplified and traditional words, phrases, exclusions,
 * province and kind filters, date order; after a warm-up, latency percentiles per concurrency level.
 */
public final class SearchBenchmark {

    public record Result(int concurrency, int requests, int errors, double p50, double p95, double p99, double max,
                         double requestsPerSecond) {
    }

    private static final String[] WORDS = {"科技创新", "集成电路", "生物医药", "人工智能", "新能源汽车", "专项资金",
        "高新技术企业", "研发经费", "技术合同", "战略合作", "营商环境", "人才", "产业集群", "重点实验室", "数字经济"};
    private static final String[] PROVINCES = {"浙江省", "江苏省", "广东省", "四川省", "湖北省", "安徽省"};
    private static final String[] KINDS = {"money", "percent", "target", "count"};

    private final Settings settings;

    public SearchBenchmark(Settings settings) {
        this.settings = settings;
    }

    /** The query strings of a run: deterministic by seed. */
    static List<String> queries(int n, long seed, HanLpConverter converter) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String word = WORDS[rnd.nextInt(WORDS.length)];
            if (rnd.nextBoolean()) {
                word = converter.toTraditional(word);
            }
            StringBuilder q = new StringBuilder("q=").append(enc(switch (rnd.nextInt(4)) {
                case 0 -> "\"" + word + "\"";
                case 1 -> word + " " + WORDS[rnd.nextInt(WORDS.length)];
                case 2 -> word + " -" + WORDS[rnd.nextInt(WORDS.length)];
                default -> word;
            }));
            if (rnd.nextInt(3) == 0) {
                q.append("&province=").append(enc(PROVINCES[rnd.nextInt(PROVINCES.length)]));
            }
            if (rnd.nextInt(4) == 0) {
                q.append("&kind=").append(KINDS[rnd.nextInt(KINDS.length)]);
            }
            if (rnd.nextInt(4) == 0) {
                q.append("&sort=date");
            }
            out.add(q.toString());
        }
        return out;
    }

    /** How the benchmark's index was filled: the ingest's counts, its time, and the live heap along the way. */
    public record Ingest(IngestSummary summary, double seconds, List<long[]> liveHeap, long peakHeap, long maxHeap) {

        /** One line per checkpoint: documents done, live heap after the last collection (MiB). */
        public String heapReport() {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "ingest: %.0f s; heap peak %d MiB of %d MiB; live heap after the last collection, by documents done:",
                seconds, peakHeap >> 20, maxHeap >> 20));
            for (long[] point : liveHeap) {
                b.append(String.format(Locale.ROOT, "%n  %,9d  %5d MiB", point[0], point[1] >> 20));
            }
            return b.toString();
        }
    }

    /** Documents in the benchmark's index. */
    public static long indexed(EsConnection es, Settings settings) throws java.io.IOException {
        String alias = new io.policylens.index.IndexLayout(es.client(), settings.indexPrefix())
            .alias(io.policylens.index.IndexLayout.DOCUMENTS);
        return es.client().count(c -> c.index(alias)).count();
    }

    /** Ingests the generated corpus with the normal pipeline, noting the live heap every 10,000 documents. */
    public Ingest ingest(EsConnection es, Path corpus, Consumer<String> log) throws Exception {
        List<long[]> live = new ArrayList<>();
        long t0 = System.nanoTime();
        try (HeapSampler heap = new HeapSampler().start();
             IngestCore core = Ingests.core(settings, es, Ingests.pipeline(settings))) {
            IngestJob job = Ingests.job(settings, core);
            IngestSummary summary = job.run(job.inputs(List.of(corpus)), n -> {
                if (n % 1000 == 0) {
                    log.accept(String.format(Locale.ROOT, "ingested %d (%.1f docs/s)", n, n / ((System.nanoTime() - t0) / 1e9)));
                }
                if (n % 10_000 == 0) {
                    synchronized (live) {
                        live.add(new long[] {n, HeapSampler.liveAfterLastCollection()});
                    }
                }
            });
            return new Ingest(summary, (System.nanoTime() - t0) / 1e9, live, heap.peak(), Runtime.getRuntime().maxMemory());
        }
    }

    public List<Result> run(EsConnection es, int requests, int[] concurrencies) throws Exception {
        HanLpConverter converter = new HanLpConverter(HanLpRuntime.configure(settings.hanlp()));
        List<Result> results = new ArrayList<>();
        try (ApiServer server = Searchers.api(es, settings, ApiSettings.loopback(0), null).start()) {
            HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(8)).build();
            String base = "http://127.0.0.1:" + server.port() + "/api/search?";
            for (String q : queries(50, 99, converter)) {
                http.send(HttpRequest.newBuilder(URI.create(base + q)).build(), HttpResponse.BodyHandlers.discarding());
            }
            for (int c : concurrencies) {
                List<String> qs = queries(requests, 7 + c, converter);
                double[] millis = new double[qs.size()];
                int[] errors = new int[1];
                ExecutorService clients = Executors.newFixedThreadPool(c);
                long t0 = System.nanoTime();
                List<Future<?>> futures = new ArrayList<>();
                for (int i = 0; i < qs.size(); i++) {
                    int at = i;
                    futures.add(clients.submit(() -> {
                        long s = System.nanoTime();
                        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(base + qs.get(at))).build(),
                            HttpResponse.BodyHandlers.discarding());
                        millis[at] = (System.nanoTime() - s) / 1e6;
                        if (r.statusCode() != 200) {
                            synchronized (errors) {
                                errors[0]++;
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> f : futures) {
                    f.get();
                }
                double seconds = (System.nanoTime() - t0) / 1e9;
                clients.shutdown();
                Arrays.sort(millis);
                results.add(new Result(c, qs.size(), errors[0], pct(millis, 50), pct(millis, 95), pct(millis, 99),
                    millis[millis.length - 1], qs.size() / seconds));
            }
        }
        return results;
    }

    private static double pct(double[] sorted, double p) {
        int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
