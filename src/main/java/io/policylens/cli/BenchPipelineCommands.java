package io.policylens.cli;

import io.policylens.app.Cluster;
import io.policylens.tools.corpus.CorpusGenerator;
import io.policylens.tools.bench.PipelineBenchmark;
import io.policylens.tools.bench.SearchBenchmark;
import io.policylens.app.Settings;
import io.policylens.text.HanLpRuntime;
import io.policylens.index.EsConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** The benchmark commands that work on a generated corpus: generate, pipeline, search. */
final class BenchPipelineCommands {

    private BenchPipelineCommands() {
    }

    /** Where a generated corpus lives: the given folder, or one per (count, seed) under the data home. */
    static Path corpus(Settings s, Path dir, int count, long seed, int chars) throws Exception {
        Path out = dir != null ? dir : s.home().resolve("bench").resolve("corpus-" + count + "-" + seed + "-" + chars);
        Path done = out.resolve(".complete");
        if (Files.exists(done)) {
            System.err.println("using the corpus in " + out);
            return out;
        }
        CorpusGenerator g = new CorpusGenerator(HanLpRuntime.configure(s.hanlp()));
        if (!g.writesPdf()) {
            System.err.println("no CJK font at " + "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
                + " (Debian: fonts-wqy-microhei): PDFs are written as DOCX instead");
        }
        long t0 = System.nanoTime();
        g.write(out, new CorpusGenerator.Options(count, seed, chars), n -> {
            if (n % 1000 == 0) {
                System.err.println("generated " + n + " of " + count);
            }
        });
        Files.writeString(done, "count=" + count + " seed=" + seed + " chars=" + chars + "\n");
        System.err.printf(Locale.ROOT, "generated %d documents in %s (%.1f s)%n", count, out, (System.nanoTime() - t0) / 1e9);
        return out;
    }

    /** The generated corpus a benchmark runs on (a picocli mixin): how many documents, which seed, how long. */
    static final class CorpusOptions {
        @Option(names = {"--docs", "--count"}, defaultValue = "1000", description = "Documents (default ${DEFAULT-VALUE}).")
        int docs;

        @Option(names = "--seed", defaultValue = "1", description = "Corpus seed (default ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--chars", defaultValue = "3000", description = "Article characters per document (default ${DEFAULT-VALUE}).")
        int chars;

        Path corpus(Settings s, Path dir) throws Exception {
            return BenchPipelineCommands.corpus(s, dir, docs, seed, chars);
        }
    }

    @Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write N realistic documents (HTML in UTF-8/GBK/Big5, text scrapes, PDF, DOCX; simplified and "
            + "traditional; boilerplate around indicator-rich articles), deterministic by seed."})
    static final class Generate implements Callable<Integer>, WithoutCluster {
        @ParentCommand
        BenchCommand bench;

        @picocli.CommandLine.Mixin
        CorpusOptions corpus;

        @Option(names = "--out", required = true, description = "Folder to write.")
        Path out;

        @Override
        public Integer call() throws Exception {
            corpus.corpus(bench.root.settings(), out);
            return 0;
        }
    }

    @Command(name = "pipeline", mixinStandardHelpOptions = true,
        description = {"Each stage alone, end to end, and two baselines (Tika text into Elasticsearch; HanLP "
            + "segmentation out of the box) on the same generated documents, in one run; peak heap."})
    static final class Pipeline implements Callable<Integer> {
        @ParentCommand
        BenchCommand bench;

        @picocli.CommandLine.Mixin
        CorpusOptions generated;

        @Option(names = "--corpus", description = "Use (or write) the corpus in this folder.")
        Path dir;

        @Option(names = "--threads", description = "Workers (default: cores).")
        Integer threads;

        @Override
        public Integer call() throws Exception {
            Settings s = bench.root.settings();
            if (threads != null) {
                s = s.withThreads(threads);
            }
            Path corpus = generated.corpus(s, dir);
            List<Path> files = new io.policylens.source.FileSource(s.maxFileBytes()).list(List.of(corpus));
            try (EsConnection es = Cluster.connect(s, System.err::println)) {
                PipelineBenchmark.Report r = new PipelineBenchmark(s).run(es, files, m -> System.err.println("… " + m));
                System.out.printf(Locale.ROOT, "%d documents (%s), %d threads, Elasticsearch on this machine%n",
                    r.inputs(), corpus, r.threads());
                System.out.printf(Locale.ROOT, "%-52s %10s %12s %9s%n", "step", "docs/s", "chars/s", "seconds");
                for (PipelineBenchmark.Row row : r.stages()) {
                    print(row);
                }
                print(r.endToEnd());
                print(r.baselineTika());
                print(r.baselineHanlp());
                System.out.printf(Locale.ROOT, "slowest stage alone: %s%n", r.slowestStage().name());
                System.out.printf(Locale.ROOT, "end to end ÷ slowest stage alone: %.2f (goal ≥ 0.7)%n", r.endToEndOverSlowest());
                System.out.printf(Locale.ROOT, "PolicyLens end to end ÷ baseline (a), docs/s: %.2f%n", r.overBaseline());
                System.out.printf(Locale.ROOT, "peak heap used: %d MiB of %d MiB%n", r.peakHeapBytes() >> 20,
                    r.maxHeapBytes() >> 20);
            }
            return 0;
        }

        private static void print(PipelineBenchmark.Row row) {
            System.out.printf(Locale.ROOT, "%-52s %10.1f %12.0f %9.2f%n", row.name().length() > 52
                ? row.name().substring(0, 52) : row.name(), row.docsPerSecond(), row.charsPerSecond(), row.seconds());
        }
    }

    @Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search latency through the HTTP API (facets included) on an index of N generated documents, "
            + "ingested once and kept (bench index prefix); p50/p95/p99 per concurrency."})
    static final class Search implements Callable<Integer> {
        @ParentCommand
        BenchCommand bench;

        @Option(names = "--docs", defaultValue = "10000", description = "Documents in the index (default ${DEFAULT-VALUE}).")
        int docs;

        @Option(names = "--seed", defaultValue = "1", description = "Corpus seed (default ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--requests", defaultValue = "500", description = "Measured requests per level (default ${DEFAULT-VALUE}).")
        int requests;

        @Option(names = "--concurrency", split = ",", defaultValue = "1,4,16", description = "Clients at once (default ${DEFAULT-VALUE}).")
        int[] concurrency;

        @Override
        public Integer call() throws Exception {
            Settings s = bench.root.settings();
            s = s.withIndexPrefix(s.indexPrefix() + "bench-search-" + docs + "-" + seed + "-");
            try (EsConnection es = Cluster.connect(s, System.err::println)) {
                long have = SearchBenchmark.indexed(es, s);
                // Near copies are folded, not indexed (10,965 of 100,000 generated documents): an index holding
                // three quarters of N is one this command filled before.
                if (have < docs * 3L / 4) {
                    Path corpus = corpus(s, null, docs, seed, 3000);
                    System.err.println("ingesting " + docs + " documents (once; kept for later runs)");
                    SearchBenchmark.Ingest ingest = new SearchBenchmark(s).ingest(es, corpus, System.err::println);
                    System.out.println(ingest.summary());
                    System.out.println(ingest.heapReport());
                    have = SearchBenchmark.indexed(es, s);
                }
                System.out.printf(Locale.ROOT, "search through the HTTP API (as the page asks: facets on, charts off), %d documents indexed%n", have);
                System.out.printf(Locale.ROOT, "%12s %9s %7s %9s %9s %9s %9s %8s%n", "concurrency", "requests", "errors",
                    "p50 ms", "p95 ms", "p99 ms", "max ms", "req/s");
                for (SearchBenchmark.Result r : new SearchBenchmark(s).run(es, requests, concurrency)) {
                    System.out.printf(Locale.ROOT, "%12d %9d %7d %9.1f %9.1f %9.1f %9.1f %8.1f%n", r.concurrency(),
                        r.requests(), r.errors(), r.p50(), r.p95(), r.p99(), r.max(), r.requestsPerSecond());
                }
            }
            return 0;
        }
    }
}
