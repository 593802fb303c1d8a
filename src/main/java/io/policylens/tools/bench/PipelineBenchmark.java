package io.policylens.tools.bench;

import io.policylens.app.Settings;
import io.policylens.ingest.DocumentPipeline;
import io.policylens.app.Ingests;
import io.policylens.ingest.IngestCore;
import io.policylens.ingest.IngestSummary;
import io.policylens.ingest.PipelineVersion;

import io.policylens.analyse.AnalysedDocument;
import io.policylens.analyse.Analyser;
import io.policylens.tools.bench.HanLpBaseline;
import io.policylens.analyse.IndicatorExtractor;
import io.policylens.analyse.TextFingerprint;
import io.policylens.document.DocumentId;
import io.policylens.document.RawDocument;
import io.policylens.document.RejectedException;
import io.policylens.extract.CleanDocument;
import io.policylens.extract.Extractor;
import io.policylens.text.HanLpRuntime;
import io.policylens.extract.ParsedText;
import io.policylens.tools.bench.PlainTextBaseline;
import io.policylens.index.DocumentIndexer;
import io.policylens.index.EsConnection;
import io.policylens.index.IndexLayout;
import io.policylens.tools.bench.PlainTextIndexer;
import io.policylens.source.FileSource;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The whole pipeline measured in one run, on the same documents: each stage alone (parse; main content and
 * normalisation; analysis; indicators within it; bulk indexing), end to end (the ingest command's code), and two
 * baselines side by side — (a) Tika's plain text straight into Elasticsearch, (b) HanLP's segmenter out of the box.
 * Stages and baselines run on the same number of threads as the ingest; peak heap is sampled throughout.
 */
public final class PipelineBenchmark {

    /** One measured step: documents and characters (of the article text) through it, and the wall time. */
    public record Row(String name, long docs, long chars, double seconds) {
        public double docsPerSecond() {
            return docs / seconds;
        }

        public double charsPerSecond() {
            return chars / seconds;
        }
    }

    public record Report(int inputs, int threads, List<Row> stages, Row endToEnd, Row baselineTika, Row baselineHanlp,
                         long peakHeapBytes, long maxHeapBytes) {

        public Row slowestStage() {
            return stages.stream().filter(r -> !r.name().startsWith("  ")).min(java.util.Comparator.comparingDouble(
                Row::docsPerSecond)).orElseThrow();
        }

        /** End to end ÷ the slowest stage alone (goal ≥ 0.7): how much the stages cost each other. */
        public double endToEndOverSlowest() {
            return endToEnd.docsPerSecond() / slowestStage().docsPerSecond();
        }

        /** PolicyLens end to end ÷ baseline (a), in documents per second. */
        public double overBaseline() {
            return endToEnd.docsPerSecond() / baselineTika.docsPerSecond();
        }
    }

    private final Settings settings;

    public PipelineBenchmark(Settings settings) {
        this.settings = settings;
    }

    public Report run(EsConnection es, List<Path> files, Consumer<String> log) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads());
        DocumentPipeline pipeline = null;
        try (HeapSampler heap = new HeapSampler().start()) {
            FileSource source = new FileSource(settings.maxFileBytes());
            List<RawDocument> raws = new ArrayList<>(files.size());
            for (Path f : files) {
                raws.add(source.read(f));
            }
            HanLpRuntime hanlp = HanLpRuntime.configure(settings.hanlp());
            pipeline = io.policylens.app.Ingests.pipeline(settings);
            Extractor extractor = pipeline.extractor();
            Analyser analyser = pipeline.analyser();
            List<Row> stages = new ArrayList<>();

            log.accept("warming up on " + Math.min(WARM_UP, raws.size()) + " documents");
            warmUp(raws, r -> analyser.analyse(extractor.extract(r)));

            log.accept("stage: parse");
            long t0 = System.nanoTime();
            List<ParsedText> parsed = parallel(pool, raws, r -> parsedOrNull(extractor, r));
            double parseSeconds = (System.nanoTime() - t0) / 1e9;

            // The price of isolation: the same parse with every format in this process (none in parser processes).
            log.accept("stage: parse, every format in this process");
            Extractor inProcess = new Extractor(settings.extract().withIsolatedHeap(null));
            warmUp(raws, inProcess::parse);
            t0 = System.nanoTime();
            parallel(pool, raws, r -> parsedOrNull(inProcess, r));
            double parseInProcessSeconds = (System.nanoTime() - t0) / 1e9;

            log.accept("stage: main content + normalisation");
            List<Integer> indexes = new ArrayList<>();
            for (int i = 0; i < raws.size(); i++) {
                indexes.add(i);
            }
            t0 = System.nanoTime();
            List<CleanDocument> cleans = parallel(pool, indexes, i -> {
                try {
                    return parsed.get(i) == null ? null : extractor.extractParsed(raws.get(i), parsed.get(i));
                } catch (RejectedException e) {
                    return null;
                }
            });
            double mainSeconds = (System.nanoTime() - t0) / 1e9;
            List<CleanDocument> clean = cleans.stream().filter(java.util.Objects::nonNull).toList();
            long chars = clean.stream().mapToLong(c -> c.text().length()).sum();
            stages.add(new Row("parse (Tika; PDF and Office in parser processes)", raws.size(), chars, parseSeconds));
            stages.add(new Row("  parse, every format in this process", raws.size(), chars, parseInProcessSeconds));
            stages.add(new Row("main content + normalisation", raws.size(), chars, mainSeconds));

            log.accept("stage: analysis (segmentation, entities, indicators)");
            t0 = System.nanoTime();
            List<AnalysedDocument> analysed = parallel(pool, clean, analyser::analyse);
            double analyseSeconds = (System.nanoTime() - t0) / 1e9;
            IndicatorExtractor indicators = new IndicatorExtractor();
            t0 = System.nanoTime();
            parallel(pool, clean, c -> indicators.extract(c.text()));
            double indicatorSeconds = (System.nanoTime() - t0) / 1e9;
            stages.add(new Row("analysis: segmentation + entities + indicators", clean.size(), chars, analyseSeconds));
            stages.add(new Row("  of which indicators", clean.size(), chars, indicatorSeconds));

            log.accept("stage: bulk indexing");
            String stagePrefix = settings.indexPrefix() + "bench-stage-";
            IndexLayout stageLayout = new IndexLayout(es.client(), stagePrefix);
            stageLayout.drop();
            stageLayout.ensure();
            t0 = System.nanoTime();
            try (DocumentIndexer indexer = new DocumentIndexer(es.client(), stageLayout, PipelineVersion.CURRENT,
                new DocumentIndexer.Listener() {
                    @Override
                    public void indexed(DocumentId id, String uri) {
                    }

                    @Override
                    public void spooled(DocumentId id, String uri, String reason) {
                        log.accept("bulk indexing: cluster away, spooled " + id);
                    }

                    @Override
                    public void failed(DocumentId id, String uri, String reason) {
                        log.accept("bulk indexing failed for " + id + ": " + reason);
                    }
                })) {
                Instant now = Instant.now();
                for (AnalysedDocument d : analysed) {
                    indexer.index(d, TextFingerprint.of(d.clean().text()), now);
                }
            }
            stages.add(new Row("bulk indexing", analysed.size(), chars, (System.nanoTime() - t0) / 1e9));
            stageLayout.drop();

            log.accept("end to end (ingest)");
            Settings e2e = settings.withIndexPrefix(settings.indexPrefix() + "bench-e2e-");
            IndexLayout e2eLayout = new IndexLayout(es.client(), e2e.indexPrefix());
            e2eLayout.drop();
            e2eLayout.ensure();
            IngestSummary summary;
            t0 = System.nanoTime();
            try (IngestCore core = new IngestCore(pipeline, es, e2eLayout, Ingests.ingestSettings(e2e))) {
                summary = Ingests.job(e2e, core).run(files, n -> { });
            }
            Row endToEnd = new Row("end to end: " + summary, files.size(), chars, (System.nanoTime() - t0) / 1e9);
            e2eLayout.drop();

            log.accept("baseline (a): Tika plain text into Elasticsearch");
            PlainTextBaseline plain = new PlainTextBaseline();
            AtomicLong plainChars = new AtomicLong();
            String baselineIndex = settings.indexPrefix() + "bench-baseline-plain";
            t0 = System.nanoTime();
            PlainTextIndexer plainIndexer = new PlainTextIndexer(es.client(), baselineIndex);
            parallel(pool, raws, r -> {
                String text = plain.text(r);
                plainChars.addAndGet(text.length());
                plainIndexer.index(r.id().value(), r.source().uri(), text);
                return null;
            });
            plainIndexer.close();
            Row baselineTika = new Row("baseline (a): Tika text → Elasticsearch", raws.size(), plainChars.get(),
                (System.nanoTime() - t0) / 1e9);
            plainIndexer.drop();

            log.accept("baseline (b): HanLP segmentation out of the box");
            HanLpBaseline hanlpBaseline = new HanLpBaseline();
            t0 = System.nanoTime();
            parallel(pool, clean, c -> hanlpBaseline.segment(c.text()));
            Row baselineHanlp = new Row("baseline (b): HanLP segmentation, all recognisers", clean.size(), chars,
                (System.nanoTime() - t0) / 1e9);
            return new Report(files.size(), settings.threads(), stages, endToEnd, baselineTika, baselineHanlp,
                heap.peak(), Runtime.getRuntime().maxMemory());
        } finally {
            pool.shutdownNow();
            if (pipeline != null) {
                pipeline.close();
            }
        }
    }

    private static final int WARM_UP = 50;

    /** A step that may reject its document. */
    private interface Step {
        Object apply(RawDocument raw) throws RejectedException;
    }

    /** Runs a step over the first documents so that the measured runs start with compiled code. */
    private static void warmUp(List<RawDocument> raws, Step step) {
        for (RawDocument r : raws.subList(0, Math.min(WARM_UP, raws.size()))) {
            try {
                step.apply(r);
            } catch (RejectedException ignored) {
                // counted in the measured runs
            }
        }
    }

    /** The parsed text, or null for a rejected document (the measured runs count what was done, not why not). */
    private static ParsedText parsedOrNull(Extractor extractor, RawDocument raw) {
        try {
            return extractor.parse(raw);
        } catch (RejectedException e) {
            return null;
        }
    }

    /** Applies fn to every item on the pool, keeping the order; the caller's thread waits. */
    private static <T, R> List<R> parallel(ExecutorService pool, List<T> items, Function<T, R> fn)
        throws InterruptedException, ExecutionException {
        int chunks = Math.max(1, Math.min(items.size(), 64));
        List<Future<List<R>>> futures = new ArrayList<>();
        int per = (items.size() + chunks - 1) / chunks;
        for (int from = 0; from < items.size(); from += per) {
            List<T> part = items.subList(from, Math.min(items.size(), from + per));
            futures.add(pool.submit(() -> {
                List<R> out = new ArrayList<>(part.size());
                for (T t : part) {
                    out.add(fn.apply(t));
                }
                return out;
            }));
        }
        List<R> all = new ArrayList<>(items.size());
        for (Future<List<R>> f : futures) {
            all.addAll(f.get());
        }
        return all;
    }
}
