package io.policylens.tools.bench;

import io.policylens.app.Settings;

import io.policylens.analyse.Analyser;
import io.policylens.analyse.CharNerModel;
import io.policylens.analyse.EntityRecognizer;
import io.policylens.tools.bench.HanLpBaseline;
import io.policylens.analyse.IndicatorExtractor;
import io.policylens.analyse.LanguageIdentifier;
import io.policylens.analyse.PlaceResolver;
import io.policylens.text.Segmenter;
import io.policylens.document.RawDocument;
import io.policylens.document.RejectedException;
import io.policylens.document.SourceRef;
import io.policylens.extract.CleanDocument;
import io.policylens.extract.ExtractSettings;
import io.policylens.extract.Extractor;
import io.policylens.text.HanLpRuntime;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Mining speed on one thread: the article texts of a folder, repeated into documents of about 3,000 characters
 * until there are a million characters, mined by the {@link Analyser} (segmentation, entities, places,
 * indicators, language), and, in the same run on the same text, HanLP portable's segmenter with all its
 * recognisers as the reference.
 */
public final class MiningBenchmark {

    /**
     * Seconds for the whole text, best of the measured rounds, for PolicyLens and the reference: wall time, and
     * the CPU time of the mining thread (what one core spends, whatever else the machine runs); then each step
     * alone, in CPU seconds.
     */
    public record Result(long characters, int documents, double policyLensSeconds, double hanlpSeconds,
                         double policyLensCpuSeconds, double hanlpCpuSeconds, Map<String, Double> stepCpuSeconds,
                         long modelHeapBytes) {
    }

    private final Settings settings;

    public MiningBenchmark(Settings settings) {
        this.settings = settings;
    }

    public Result run(Path dir, long characters, int rounds) throws IOException, RejectedException {
        HanLpRuntime hanlp = HanLpRuntime.configure(settings.hanlp());
        Extractor extractor = new Extractor(ExtractSettings.defaults());
        StringBuilder pool = new StringBuilder();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".json")).sorted().toList()) {
                CleanDocument d = extractor.extract(RawDocument.of(SourceRef.ofFile(p), Instant.now(), null, null,
                    Files.readAllBytes(p)));
                pool.append(d.text()).append('\n');
            }
        }
        List<CleanDocument> docs = new ArrayList<>();
        long total = 0;
        int at = 0;
        while (total < characters) {
            StringBuilder t = new StringBuilder();
            while (t.length() < 3000) {
                int end = Math.min(pool.length(), at + 3000 - t.length());
                t.append(pool, at, end);
                at = end >= pool.length() ? 0 : end;
            }
            String text = t.toString();
            SourceRef src = new SourceRef("bench:" + docs.size(), "bench");
            docs.add(CleanDocument.ofText(src, "", text));
            total += text.length();
        }
        long before = usedHeap();
        CharNerModel ner = CharNerModel.bundled();
        long modelHeap = usedHeap() - before;
        Analyser analyser = new Analyser(hanlp, ner);
        HanLpBaseline reference = new HanLpBaseline();
        double[] wall = {Double.MAX_VALUE, Double.MAX_VALUE};
        double[] cpu = {Double.MAX_VALUE, Double.MAX_VALUE};
        for (int r = 0; r < rounds + 1; r++) {
            long t0 = System.nanoTime();
            long c0 = cpuNanos();
            for (CleanDocument d : docs) {
                analyser.analyse(d);
            }
            long t1 = System.nanoTime();
            long c1 = cpuNanos();
            for (CleanDocument d : docs) {
                reference.segment(d.text());
            }
            long t2 = System.nanoTime();
            long c2 = cpuNanos();
            if (r > 0) {
                wall[0] = Math.min(wall[0], (t1 - t0) / 1e9);
                wall[1] = Math.min(wall[1], (t2 - t1) / 1e9);
                cpu[0] = Math.min(cpu[0], (c1 - c0) / 1e9);
                cpu[1] = Math.min(cpu[1], (c2 - c1) / 1e9);
            }
        }
        return new Result(total, docs.size(), wall[0], wall[1], cpu[0], cpu[1], steps(docs, hanlp, ner, rounds), modelHeap);
    }

    /** Heap in use after collecting what can be (a few collections, to let the collector settle). */
    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return r.totalMemory() - r.freeMemory();
    }

    /** Each step of the analysis alone on the same documents, best of the rounds, in CPU seconds of this thread. */
    private static Map<String, Double> steps(List<CleanDocument> docs, HanLpRuntime hanlp, CharNerModel ner, int rounds) {
        Segmenter segmenter = new Segmenter(hanlp);
        EntityRecognizer entities = new EntityRecognizer(ner, new PlaceResolver());
        IndicatorExtractor indicators = new IndicatorExtractor();
        LanguageIdentifier languages = new LanguageIdentifier();
        Map<String, Consumer<String>> steps = new LinkedHashMap<>();
        steps.put("segmentation (HanLP, recognisers off)", segmenter::segment);
        // The tagger reads the document's words, as in the analyser: cut once here, outside the step's time.
        Map<String, java.util.List<io.policylens.text.Token>> words = new java.util.HashMap<>();
        docs.forEach(d -> words.computeIfAbsent(d.text(), segmenter::segment));
        steps.put("entities (trained tagger on the words + rules)", text -> entities.recognise(text, words.get(text)));
        steps.put("indicators", indicators::extract);
        steps.put("language (OpenNLP)", languages::identify);
        Map<String, Double> out = new LinkedHashMap<>();
        steps.forEach((name, step) -> {
            double best = Double.MAX_VALUE;
            for (int r = 0; r < rounds + 1; r++) {
                long c0 = cpuNanos();
                for (CleanDocument d : docs) {
                    step.accept(d.text());
                }
                if (r > 0) {
                    best = Math.min(best, (cpuNanos() - c0) / 1e9);
                }
            }
            out.put(name, best);
        });
        return out;
    }

    private static long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }
}
